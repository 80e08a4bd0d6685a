// A route-guide client written the way streaming code often starts: it works in tests, and fails
// when a stream is large, a call fails, or the service scales out.
import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";

const definition = protoLoader.loadSync(new URL("./route_guide.proto", import.meta.url).pathname);
const routeguide = (grpc.loadPackageDefinition(definition) as any).routeguide;

// A Kubernetes ClusterIP Service with the default pick_first policy: every call from this process
// goes to the one backend its connection reached (no-l4-target).
const client = new routeguide.RouteGuide("route-guide.prod.svc.cluster.local:50051", grpc.credentials.createInsecure());

// A headless Service with round_robin balances each call over every backend.
const balanced = new routeguide.RouteGuide("dns:///route-guide-headless.prod.svc.cluster.local:50051", grpc.credentials.createInsecure(), {
  "grpc.service_config": JSON.stringify({ loadBalancingConfig: [{ round_robin: {} }] }),
});

export function allFeatures(area: unknown): Promise<unknown[]> {
  return new Promise((resolve) => {
    const features: unknown[] = [];
    const call = balanced.listFeatures(area, { deadline: Date.now() + 10_000 });
    // The whole stream is kept in memory (no-unbounded-stream-buffer), and there is no 'error'
    // listener: a failed call crashes the process (require-stream-error-handler).
    call.on("data", (feature: unknown) => features.push(feature));
    call.on("end", () => resolve(features));
  });
}

export async function firstFeatures(area: unknown, limit: number): Promise<unknown[]> {
  // Correct: a cap, and errors surface through the loop inside try.
  const first: unknown[] = [];
  try {
    for await (const feature of balanced.listFeatures(area, { deadline: Date.now() + 10_000 })) {
      first.push(feature);
      if (first.length >= limit) break;
    }
  } catch (error) {
    console.warn("listFeatures failed", error);
  }
  return first;
}

export function recordRoute(points: unknown[]): void {
  const call = client.recordRoute({ deadline: Date.now() + 30_000 }, () => undefined);
  for (const point of points) {
    // write() returning false is ignored: unsent points pile up in memory (no-unbounded-stream-buffer).
    call.write(point);
  }
  call.end();
}
