/** gRPC client and server recognition: library modules and tables, client constructions, call shapes and arguments, server handlers. This index is the room's public face; code outside the room imports from here. */
export { grpcJsCallShape, isAsyncIterable, isGrpcJsServer } from "./call-shapes.js";
export { grpcAnalysis } from "./grpc-calls.js";
export { CONNECT_CLIENT_FACTORIES, CONNECT_TRANSPORT_FACTORIES, CONNECT_TRANSPORT_MODULES, NICE_GRPC_DEADLINE_MODULE, libraryOfFile, libraryOfModule } from "./grpc-modules.js";
export { createHandlerFinder } from "./server-handlers.js";
export { connectionLifetime, connectionOwner } from "./client-lifetime.js";
export { GRPC_JS_CHANNEL_OPTION_KEYS, SERVER_MIN_PING_INTERVAL_MS, channelOptionFindings, streamsWithoutKeepalive } from "./channel-options.js";
export { plaintextSite } from "./credentials.js";
export { browserStreamingVerdict } from "./browser-transports.js";
