import { describe, expect, it } from "vitest";
import { classifyL4Target, parseTarget, splitHostPort } from "../../src/core/policy/targets.js";
import { balancingFromServiceConfig, balancingFromServiceConfigJson } from "../../src/core/policy/load-balancing.js";

describe("parseTarget", () => {
  it.each([
    ["dns:///orders.prod.svc.cluster.local:50051", { scheme: "dns", host: "orders.prod.svc.cluster.local", port: "50051" }],
    ["dns://8.8.8.8/orders.example.com", { scheme: "dns", authority: "8.8.8.8", host: "orders.example.com" }],
    ["dns:orders.example.com:443", { scheme: "dns", host: "orders.example.com", port: "443" }],
    ["orders.example.com:443", { scheme: "dns", rawScheme: "", host: "orders.example.com", port: "443" }],
    ["localhost:50051", { scheme: "dns", host: "localhost", port: "50051" }],
    ["orders", { scheme: "dns", host: "orders" }],
    ["[::1]:50051", { scheme: "dns", host: "::1", port: "50051" }],
    ["ipv4:10.0.0.1:50051,10.0.0.2:50051", { scheme: "ipv4", path: "10.0.0.1:50051,10.0.0.2:50051" }],
    ["ipv6:[::1]:50051", { scheme: "ipv6", path: "[::1]:50051" }],
    ["unix:/var/run/orders.sock", { scheme: "unix", path: "/var/run/orders.sock" }],
    ["unix:///var/run/orders.sock", { scheme: "unix", path: "var/run/orders.sock" }],
    ["unix-abstract:orders", { scheme: "unix-abstract", path: "orders" }],
    ["xds:///orders.prod.svc.cluster.local:50051", { scheme: "xds", path: "orders.prod.svc.cluster.local:50051" }],
    ["https://orders.example.com/", { scheme: "other" }],
  ])("%s", (target, expected) => {
    expect(parseTarget(target)).toMatchObject(expected);
  });

  it("rejects the empty string", () => {
    expect(parseTarget("")).toBeUndefined();
  });

  it("splits bare IPv6 without taking a port", () => {
    expect(splitHostPort("fe80::1")).toEqual({ host: "fe80::1" });
  });
});

describe("classifyL4Target", () => {
  it.each([
    ["orders.prod.svc.cluster.local:50051", "kubernetes-clusterip"],
    ["orders.prod.svc:50051", "kubernetes-clusterip"],
    ["dns:///orders.prod.svc.cluster.local", "kubernetes-clusterip"],
    ["dns:///Orders.Prod.SVC.cluster.local.:443", "kubernetes-clusterip"],
    ["orders-1a2b3c4d5e6f7a8b.elb.us-east-1.amazonaws.com:443", "aws-nlb"],
    ["orders-1a2b.elb.cn-north-1.amazonaws.com.cn:443", "aws-nlb"],
    ["orders-1a2b.elb.us-gov-west-1.amazonaws.com:443", "aws-nlb"],
    ["grpc.orders-fr.il4.europe-west1.lb.my-project.internal:50051", "gcp-internal-l4"],
  ])("%s is %s", (target, kind) => {
    expect(classifyL4Target(target)?.kind).toBe(kind);
  });

  it.each([
    "xds:///orders.prod.svc.cluster.local:50051",
    "localhost:50051",
    "127.0.0.1:50051",
    "[::1]:50051",
    "unix:/var/run/envoy.sock",
    "ipv4:10.0.0.1:50051",
    "orders.example.com:443",
    "orders:50051",
    // An ALB (region before `elb`) balances HTTP/2 requests.
    "orders-123.us-east-1.elb.amazonaws.com:443",
    // GCP internal L7 load balancer.
    "grpc.orders.il7.europe-west1.lb.my-project.internal:443",
    "svc.cluster.local:50051",
  ])("%s is not L4", (target) => {
    expect(classifyL4Target(target)).toBeUndefined();
  });

  it("applies user patterns to the host, ignoring invalid ones", () => {
    expect(classifyL4Target("dns:///orders.lb.corp:443", ["\\.lb\\.corp$"])?.kind).toBe("user-pattern");
    expect(classifyL4Target("orders.lb.corp:443", ["(", "LB\\.CORP$"])?.kind).toBe("user-pattern");
    expect(classifyL4Target("orders.example.com:443", ["\\.lb\\.corp$"])).toBeUndefined();
  });
});

describe("balancingFromServiceConfig", () => {
  it("finds request-level policies", () => {
    expect(balancingFromServiceConfigJson('{"loadBalancingConfig":[{"round_robin":{}}]}')).toEqual({
      kind: "request-level",
      policy: "round_robin",
    });
  });
  it("takes the first known policy", () => {
    expect(balancingFromServiceConfig({ loadBalancingConfig: [{ pick_first: {} }, { round_robin: {} }] }).kind).toBe("pick-first");
    expect(balancingFromServiceConfig({ loadBalancingConfig: [{ round_robn: {} }, { round_robin: {} }] })).toEqual({
      kind: "request-level",
      policy: "round_robin",
    });
  });
  it("treats misspelled or missing policies as pick_first", () => {
    expect(balancingFromServiceConfig({ loadBalancingConfig: [{ round_robn: {} }] })).toEqual({
      kind: "pick-first",
      unknownPolicies: ["round_robn"],
    });
    expect(balancingFromServiceConfig({ loadBalancingPolicy: "round_robin" }).kind).toBe("pick-first");
  });
  it("knows the policies grpc-js and its xDS plugin register, and only those (the table the config rules use too)", () => {
    expect(balancingFromServiceConfig({ loadBalancingConfig: [{ ring_hash: {} }] })).toEqual({ kind: "request-level", policy: "ring_hash" });
    expect(balancingFromServiceConfig({ loadBalancingConfig: [{ grpclb: {} }, { ring_hash_experimental: {} }] })).toEqual({
      kind: "pick-first",
      unknownPolicies: ["grpclb", "ring_hash_experimental"],
    });
  });
  it("says unknown for unreadable configs", () => {
    expect(balancingFromServiceConfigJson("{not json").kind).toBe("unknown");
  });
});
