// pinyin-pro ships its phrase dictionary as a module without its own declaration at this path.
declare module "pinyin-pro/dist/esm/data/dict2.mjs" {
  const DICT2: Record<string, string>;
  export default DICT2;
}
