// The shop's order page in the browser: Connect over grpc-web (browsers cannot speak gRPC's HTTP/2
// trailers), calling a unary and a server-streaming method, the two shapes grpc-web carries.
import { createClient } from "@connectrpc/connect";
import { createGrpcWebTransport } from "@connectrpc/connect-web";
import { Orders } from "./gen/orders_pb.js";

const transport = createGrpcWebTransport({ baseUrl: "https://shop.example.com/api", defaultTimeoutMs: 5_000 });
const orders = createClient(Orders, transport);

export async function showOrder(orderId: string): Promise<string> {
  const order = await orders.getOrder({ orderId }, { timeoutMs: 3_000 });
  return order.status;
}

export async function followOrder(orderId: string, onStatus: (status: string) => void): Promise<void> {
  for await (const order of orders.watchOrder({ orderId })) onStatus(order.status);
}
