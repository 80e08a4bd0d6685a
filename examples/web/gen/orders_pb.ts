// Stands in for the module protoc-gen-es generates from shop/orders.proto (not checked in here).
export declare const Orders: any;
