// Imported first by the plugin's entry, so it runs before any module loads typescript-eslint's parser.
import { guardParserTypeScript } from "./typescript-guard.js";
guardParserTypeScript();
