// The few platform globals spec/ may use: each exists in every browser we support and in Node 20, but TypeScript
// types them only in the DOM or Node libraries, which tsconfig.spec.json leaves out on purpose.
declare function structuredClone<T>(value: T): T;
