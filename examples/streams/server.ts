// A route-guide server: handlers that pass no deadline on, reject unseen, and a server that never
// asks clients to reconnect.
import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";

const definition = protoLoader.loadSync(new URL("./route_guide.proto", import.meta.url).pathname);
const routeguide = (grpc.loadPackageDefinition(definition) as any).routeguide;

const features = new routeguide.RouteGuide("dns:///features:50051", grpc.credentials.createInsecure(), {
  "grpc.service_config": JSON.stringify({ loadBalancingConfig: [{ round_robin: {} }] }),
});

declare function lookup(point: unknown): Promise<unknown>;

// No grpc.max_connection_age_ms: behind an L4 load balancer, clients never move to new backends
// (require-server-connection-age, strict preset).
const server = new grpc.Server();

server.addService(routeguide.RouteGuide.service, {
  async getFeature(call: any, callback: grpc.sendUnaryData<unknown>) {
    // An async grpc-js handler that can reject outside try/catch (require-stream-error-handler).
    callback(null, await lookup(call.request));
  },

  listFeatures(call: any) {
    // The downstream call ignores the caller's deadline (propagate-deadline).
    const stream = features.listFeatures(call.request, { deadline: Date.now() + 60_000 });
    stream.on("data", (feature: unknown) => call.write(feature));
    stream.on("error", (error: Error) => call.destroy(error));
    stream.on("end", () => call.end());
  },

  recordRoute(call: any, callback: grpc.sendUnaryData<unknown>) {
    // Correct: counts as it goes, and passes the caller's deadline on with `parent`.
    let pointCount = 0;
    call.on("data", () => pointCount++);
    call.on("end", () => {
      features.getFeature({}, new grpc.Metadata(), { parent: call }, () => callback(null, { point_count: pointCount }));
    });
  },
});

export default server;
