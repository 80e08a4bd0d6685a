// A payments client written the way many services start: loaded from the .proto at run time,
// untyped, and called without deadlines.
import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";

const definition = protoLoader.loadSync(new URL("./payments.proto", import.meta.url).pathname);
const proto = grpc.loadPackageDefinition(definition) as any;

const payments = new proto.shop.payments.v1.Payments("payments.internal:443", grpc.credentials.createSsl());

export function getPayment(paymentId: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    // No deadline: if the server stalls, this promise never settles.
    payments.GetPayment({ payment_id: paymentId }, (error: grpc.ServiceError | null, payment: unknown) =>
      error ? reject(error) : resolve(payment),
    );
  });
}

export function charge(customerId: string, amountCents: number, timeoutMs: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    // A duration where grpc-js expects an absolute time: this deadline is in 1970.
    payments.Charge({ customer_id: customerId, amount_cents: amountCents }, { deadline: timeoutMs }, (error: grpc.ServiceError | null, payment: unknown) =>
      error ? reject(error) : resolve(payment),
    );
  });
}

export function refund(paymentId: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    // Correct: an absolute deadline two seconds from now.
    payments.Refund({ payment_id: paymentId }, { deadline: Date.now() + 2_000 }, (error: grpc.ServiceError | null, payment: unknown) =>
      error ? reject(error) : resolve(payment),
    );
  });
}

export function listPayments(customerId: string): grpc.ClientReadableStream<unknown> {
  // Streams need deadlines too: a stalled server holds this stream open forever.
  return payments.ListPayments({ customer_id: customerId });
}
