/** gRPC client and server recognition: library modules and tables, client constructions, call shapes and arguments, server handlers. This index is the room's public face; code outside the room imports from here. */
export { grpcJsCallShape, isAsyncIterable, isGrpcJsServer, type StreamShape } from "./call-shapes.js";
export { grpcAnalysis, type GrpcAnalysis, type GrpcCall } from "./grpc-calls.js";
export { CONNECT_CLIENT_FACTORIES, CONNECT_TRANSPORT_FACTORIES, CONNECT_TRANSPORT_MODULES, NICE_GRPC_DEADLINE_MODULE, libraryOfFile, libraryOfModule, type GrpcCallType, type GrpcLibrary } from "./grpc-modules.js";
export { createHandlerFinder, type HandlerFinder, type ServerHandler, type ServerLibrary } from "./server-handlers.js";
export { connectionLifetime, connectionOwner, type ConnectionOwnerKind, type LifetimeVerdict } from "./client-lifetime.js";
export { GRPC_JS_CHANNEL_OPTION_KEYS, SERVER_MIN_PING_INTERVAL_MS, channelOptionFindings, streamsWithoutKeepalive, type ChannelOptionFinding } from "./channel-options.js";
export { plaintextSite, type PlaintextKind, type PlaintextSite } from "./credentials.js";
export { browserStreamingVerdict, type BrowserStreamingVerdict, type BrowserTransport } from "./browser-transports.js";
export { ModuleReach, type ModuleReachStats } from "./module-reach.js";
export { isMetadataLike } from "./call-arguments.js";
