/**
 * Where a client value comes from: a small points-to analysis over TypeScript nodes, answered
 * with the checker's symbols so that it crosses modules when ESLint has a program, and works on
 * one file alone (a program of that file) when it does not.
 *
 * A value is a client when it is followed to a construction (`createClient(...)`,
 * `new GreeterClient(...)`, `factory.create(...)`, `clientGrpc.getService(...)`), or to a
 * declaration whose annotation names a client type of a gRPC library or a generated client
 * module, read from the import statement so that a package that is not installed still counts.
 * Followed: variables, parameters, class fields (initializers and every `this.f = ...`),
 * parameter properties, getters, functions and methods that return a client (through `await` and
 * `Promise<...>`), object literal properties, destructuring, re-exports.
 *
 * Every step is bounded: a depth limit, an in-progress set (recursive getters, self-referential
 * fields, cyclic imports) and a cache per node. Nothing here throws to its caller.
 */
import ts from "typescript";
import { type GrpcLibrary } from "./grpc-modules.js";
export interface ClientOrigin {
    library: GrpcLibrary;
    /** "factory": a value whose method makes clients (nice-grpc `ClientFactory`, NestJS `ClientGrpc`). */
    role: "client" | "factory";
    /** grpc-js `Client` itself: its RPCs are `makeUnaryRequest` and friends. */
    generic?: boolean;
    /** The construction the chain reached, if it reached one. */
    construction?: ts.CallExpression | ts.NewExpression;
}
export declare class ClientOrigins {
    private readonly checker;
    private readonly cache;
    private readonly typeCache;
    private readonly inProgress;
    private readonly classWrites;
    constructor(checker: ts.TypeChecker);
    /** The origin of the value an expression holds, if it is a gRPC client (or client factory). */
    of(node: ts.Node): ClientOrigin | undefined;
    private expression;
    private compute;
    private reference;
    /** `object.key` when the checker cannot name the property (an `any` object): `this.key`, or a literal's property. */
    private member;
    private objectLiteralOf;
    private symbol;
    private declaration;
    /** `const { client } = holder`, `const { stub: s } = this`. */
    private bindingElement;
    private propertyOfValue;
    private firstOf;
    /** Every `this.key = value` in a class's own bodies (not nested plain functions). */
    private writesInClass;
    /** A NestJS field decorated `@Client(options)`: the decorator injects a `ClientGrpc`. */
    private nestInjected;
    private call;
    private functionResult;
    private construct;
    private isProtobufTsTransport;
    /** What a constructor expression makes: a generated client class, grpc-js `Client`, a class extending one. */
    private clientClass;
    /** `loadPackageDefinition(def).pkg.Service`, or a name holding part of that chain. */
    private isPackageDefinitionMember;
    private isPackageDefinitionRoot;
    /** The origin an annotation gives: a library's client type, a generated client, or a local alias, interface or class of one. */
    private type;
    private computeType;
    /** A named type (in an annotation or an `extends` clause). */
    private entity;
}
