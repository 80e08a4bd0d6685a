// The orders client the inventory service uses. The helper cannot pass a caller's deadline on: it
// is not given the incoming call, so every lookup runs on its own five-second clock.
import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";

const definition = protoLoader.loadSync(new URL("./orders.proto", import.meta.url).pathname);
const ordersProto = (grpc.loadPackageDefinition(definition) as any).shop.orders.v1;

const orders = new ordersProto.Orders("dns:///orders.internal:50051", grpc.credentials.createInsecure(), {
  "grpc.service_config": JSON.stringify({ loadBalancingConfig: [{ round_robin: {} }] }),
});

export function lookupOrder(orderId: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    orders.GetOrder({ order_id: orderId }, { deadline: Date.now() + 5_000 }, (error: grpc.ServiceError | null, order: unknown) =>
      error ? reject(error) : resolve(order),
    );
  });
}
