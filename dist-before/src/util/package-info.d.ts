export interface PackageInfo {
    name: string;
    version: string;
    root: string;
}
export declare const packageInfo: PackageInfo;
