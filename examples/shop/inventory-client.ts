// The inventory client the orders service uses. The helper takes the incoming call and hands it on
// as `parent`, so the caller's deadline (and cancellation) reaches the inventory service.
import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";

const definition = protoLoader.loadSync(new URL("./inventory.proto", import.meta.url).pathname);
const inventoryProto = (grpc.loadPackageDefinition(definition) as any).shop.inventory.v1;

const inventory = new inventoryProto.Inventory("dns:///inventory.internal:50051", grpc.credentials.createInsecure(), {
  "grpc.service_config": JSON.stringify({ loadBalancingConfig: [{ round_robin: {} }] }),
});

export function reserveStock(parent: grpc.ServerUnaryCall<unknown, unknown>, orderId: string, items: string[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    inventory.Reserve({ request_id: orderId, order_id: orderId, items }, { parent }, (error: grpc.ServiceError | null, reservation: unknown) =>
      error ? reject(error) : resolve(reservation),
    );
  });
}
