import { type TreeNode, type ValueNode } from "./tree.js";
/**
 * `rejected`: grpc-js throws when the channel is created (its `validateServiceConfig` in
 * `service-config.js`, 1.14); kept in step with grpc-js by the differential test. `changed`: grpc-js
 * accepts the config but does something else than it says. `misreadTimeout`: a change of its own, a
 * grpc-js 1.14 parsing bug that can make every call fail at once, so it is checked by a rule of its own.
 */
export type ConfigProblemKind = "rejected" | "changed" | "misreadTimeout";
export interface ConfigProblem {
    kind: ConfigProblemKind;
    node: TreeNode;
    message: string;
}
export declare function validateServiceConfigTree(root: ValueNode): ConfigProblem[];
