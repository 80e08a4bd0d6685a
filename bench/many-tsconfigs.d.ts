// Types for the part of bench/many-tsconfigs.js its test imports.
export interface Shape {
  tsconfigs: number;
  files: number;
  grpcPackages: number;
  grpcFixtures: number;
}
export function generate(root: string, shape: Shape): { packages: number; fixtures: number; files: number; tsconfigs: number };
