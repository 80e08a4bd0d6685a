// The inventory service. Reserve looks the order up through a helper that drops the caller's
// deadline (lookupOrder); GetStock answers from memory.
import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";
import { lookupOrder } from "./orders-client.js";

const definition = protoLoader.loadSync(new URL("./inventory.proto", import.meta.url).pathname);
const inventoryProto = (grpc.loadPackageDefinition(definition) as any).shop.inventory.v1;

const server = new grpc.Server({ "grpc.max_connection_age_ms": 300_000 });

server.addService(inventoryProto.Inventory.service, {
  reserve(call: grpc.ServerUnaryCall<any, unknown>, callback: grpc.sendUnaryData<unknown>) {
    lookupOrder(call.request.order_id).then(
      () => callback(null, { reservation_id: `r-${call.request.order_id}` }),
      (error: grpc.ServiceError) => callback(error),
    );
  },

  getStock(call: grpc.ServerUnaryCall<any, unknown>, callback: grpc.sendUnaryData<unknown>) {
    callback(null, { item: call.request.item, available: 3 });
  },
});

export default server;
