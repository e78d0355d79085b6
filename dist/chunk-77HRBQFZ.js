import { createRequire as __helmvetCreateRequire } from 'node:module'; const require = __helmvetCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-YPCHEUSL.js";
import {
  FALCOSECURITY_CHART_GIT,
  FALCOSECURITY_CHART_REPOS,
  FALCO_TOP_LEVEL_KEYS,
  cacheDir,
  loadKnowledge,
  talosVersionsMatter
} from "./chunk-BNRQYPDZ.js";
import {
  writeFileAtomic
} from "./chunk-X7FWGESB.js";
import {
  require_ignore,
  ruleSetting
} from "./chunk-BI3AF7H7.js";
import {
  Consumers,
  FLUX2_CHART_FLUX,
  FLUX2_CHART_NEWEST,
  FLUX_RELEASES,
  NEWEST_FLUX,
  RULES,
  RULES_BY_ID,
  apiGroup,
  asObject,
  buildTalosModel,
  chartOfTemplate,
  compareText,
  documentTrees,
  entryAt,
  fileLocator,
  fluxOfChart,
  isCurrentHelmReleaseApi,
  isKustomization,
  isKustomizationFile,
  kustomizeReleases,
  layerOf,
  mergeValues,
  newSink,
  owning,
  parseSource,
  parseYaml,
  positionAt,
  resolveImages,
  runsOf,
  scalarAt,
  serving,
  setPath,
  stringAt,
  toFinding,
  valueAt,
  valuesFileLayer,
  versionRef
} from "./chunk-ONIY72PD.js";
import {
  didYouMean
} from "./chunk-WL5RTI3D.js";
import {
  ConstraintError,
  chooseVersion,
  parseConstraint,
  require_semver,
  severityRank
} from "./chunk-HMWWCMAS.js";
import {
  require_dist
} from "./chunk-ITFBIYZH.js";
import {
  __commonJS,
  __toESM
} from "./chunk-ZECVGOWP.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index2 = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index2 >= length;
      const peek = () => str.charCodeAt(index2 + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index2);
      };
      while (index2 < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index2);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index2 === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index2 + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index2 === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index2 === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index2 = 0;
      const chars = [];
      while (index2 < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index2), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index2 += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index2) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index2 === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix3 = POSIX_REGEX_SOURCE[rest2];
                if (posix3) {
                  prev.value = pre + posix3;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix3 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix: posix3 });
        const result = { glob, state, regex, posix: posix3, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix: posix3 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix3 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix3);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix3 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix3 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/load/discover.ts
var import_ignore = __toESM(require_ignore(), 1);
import { existsSync, readdirSync as readdirSync2, readFileSync, statSync as statSync2 } from "node:fs";
import { dirname as dirname2, join, relative as relative2, resolve as resolve3, sep as sep2 } from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path) {
  let normalized = normalize(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths) path = resolve(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path = directoryPath || ".";
  if (filters.every((filter) => filter(path, true))) paths.push(path);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat2) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat2.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat2, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path);
    const stat2 = fs.statSync(resolvedPath);
    if (stat2.isDirectory() && isRecursive(path, resolvedPath, state)) return;
    callback$1(stat2, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path)) continue;
        this.pushDirectory(path, paths, filters);
        this.walkDirectory(this.state, path, path, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path, this.state, (stat2, resolvedPath) => {
          if (stat2.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require.resolve("picomatch");
  pm = __require("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path) => isMatch(path));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch2(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path) {
  var _result$parts;
  const result = import_picomatch.default.scan(path, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore2 = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore2(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path = format(p, isDirectory);
      const matches = matcher(path) && !ignore2(path);
      if (matches) log(`matched ${path}`);
      return matches;
    } : (p, isDirectory) => {
      const path = format(p, isDirectory);
      return matcher(path) && !ignore2(path);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve2(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
function globSync(globInput, options) {
  const [crawler, relative6] = getCrawler(globInput, options);
  return crawler ? formatPaths(crawler.sync(), relative6) : [];
}

// src/load/discover.ts
var UsageError = class extends Error {
};
var YAML_GLOBS = ["**/*.yaml", "**/*.yml"];
var ALWAYS_SKIPPED = ["**/node_modules/**", "**/.git/**"];
var HIDDEN = /(?:^|\/)\./;
var toPosix = sep2 === "/" ? (p) => p : (p) => p.split(sep2).join("/");
function gitRoot(start) {
  for (let dir = start; ; dir = dirname2(dir)) {
    if (existsSync(join(dir, ".git"))) return dir;
    if (dirname2(dir) === dir) return void 0;
  }
}
var MAX_GITIGNORE_BYTES = 1024 * 1024;
function readIgnoreFile(dir) {
  const file = join(dir, ".gitignore");
  let size;
  try {
    const stats = statSync2(file);
    if (!stats.isFile()) return void 0;
    size = stats.size;
  } catch {
    return void 0;
  }
  if (size > MAX_GITIGNORE_BYTES)
    throw new UsageError(
      `${file} is ${(size / 1024 / 1024).toFixed(1)} MiB, over helmvet's 1 MiB limit for .gitignore files`
    );
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(`cannot read ${file} (${e.code ?? "error"})`);
  }
  return { dir, rules: (0, import_ignore.default)().add(text) };
}
function ancestorIgnores(dir, read2) {
  const root = gitRoot(dir);
  if (!root) return [read2(dir)].filter((x) => x !== void 0);
  const scoped = [];
  for (let d = dir; ; d = dirname2(d)) {
    const s = read2(d);
    if (s) scoped.push(s);
    if (d === root || dirname2(d) === d) break;
  }
  return scoped;
}
function ignoredBy(scoped, absPath) {
  return scoped.some(({ dir, rules }) => {
    if (!absPath.startsWith(dir + sep2)) return false;
    const rel = toPosix(absPath.slice(dir.length + 1));
    return rel !== "" && rules.ignores(rel);
  });
}
function discover(paths, options) {
  const configIgnore = (0, import_ignore.default)().add([...options.ignorePatterns]);
  const ignoreFiles = /* @__PURE__ */ new Map();
  const read2 = (dir) => {
    if (!ignoreFiles.has(dir)) ignoreFiles.set(dir, readIgnoreFile(dir));
    return ignoreFiles.get(dir);
  };
  const found = /* @__PURE__ */ new Map();
  const add = (absPath, scoped) => {
    const rel = toPosix(relative2(options.cwd, absPath));
    const by = scoped.find((s) => ignoredBy([s], absPath));
    if (by) return `is ignored by ${toPosix(relative2(options.cwd, join(by.dir, ".gitignore"))) || ".gitignore"}`;
    if (rel && !rel.startsWith("..") && configIgnore.ignores(rel))
      return "is ignored by the ignore list of the configuration";
    found.set(absPath, { absPath, path: rel || absPath });
    return void 0;
  };
  for (const given of paths) {
    const abs = resolve3(options.cwd, given);
    let stats;
    try {
      stats = options.virtual?.has(abs) ? void 0 : statSync2(abs);
    } catch {
      throw new UsageError(`path not found: ${given}`);
    }
    if (!stats || stats.isFile()) {
      const ignored = add(abs, ancestorIgnores(dirname2(abs), read2));
      if (ignored) options.skipped?.({ path: given, reason: "ignored", detail: ignored });
      continue;
    }
    if (stats.isDirectory()) {
      try {
        readdirSync2(abs);
      } catch (e) {
        options.skipped?.({
          path: given,
          reason: "unreadable",
          detail: `cannot be read (${e.code ?? "error"})`
        });
        continue;
      }
    }
    const walked = globSync([...YAML_GLOBS, "**/.gitignore"], {
      cwd: abs,
      dot: true,
      ignore: ALWAYS_SKIPPED,
      followSymbolicLinks: false,
      onlyFiles: true
    });
    const nested = walked.filter((f) => f === ".gitignore" || f.endsWith("/.gitignore")).map((f) => read2(dirname2(resolve3(abs, f)))).filter((x) => x !== void 0 && x.dir !== abs);
    const scoped = [...ancestorIgnores(abs, read2), ...nested];
    let yaml = 0;
    let kept = 0;
    for (const file of walked) {
      if (file.endsWith(".gitignore") || HIDDEN.test(file)) continue;
      yaml++;
      if (!add(resolve3(abs, file), scoped)) kept++;
    }
    if (kept === 0) {
      options.skipped?.({
        path: given,
        reason: yaml === 0 ? "no-yaml" : "ignored",
        detail: yaml === 0 ? "holds no YAML files" : `holds ${yaml} YAML file${yaml > 1 ? "s" : ""}, all ignored`
      });
    }
  }
  return [...found.values()].sort((a, b) => compareText(a.path, b.path));
}

// src/engine/lint.ts
import { existsSync as existsSync2, statSync as statSync5 } from "node:fs";
import { dirname as dirname5, isAbsolute as isAbsolute2, relative as relative5, resolve as resolve7, sep as sep4 } from "node:path";

// src/engine/context-cache.ts
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync as readdirSync3, readFileSync as readFileSync2, rmSync, statSync as statSync3, utimesSync } from "node:fs";
import { join as join2, relative as relative3 } from "node:path";
var FORMAT = 3;
var UNUSED_FOR_MS = 30 * 24 * 3600 * 1e3;
var stampOf = (path) => {
  try {
    const s = statSync3(path);
    return [s.size, s.mtimeMs, s.ctimeMs, s.ino];
  } catch {
    return void 0;
  }
};
var sameStamp = (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];
var strings = (x) => Array.isArray(x) && x.every((s) => typeof s === "string");
function isRecord(x) {
  if (!Array.isArray(x) || x.length !== 2) return false;
  const [stamp, s] = x;
  return Array.isArray(stamp) && stamp.length === 4 && stamp.every((n) => typeof n === "number") && typeof s === "object" && s !== null && typeof s.flags === "number" && strings(s.paths) && strings(s.apis) && Array.isArray(s.docs) && s.docs.every(
    (d) => typeof d === "object" && d !== null && (d.kind === void 0 || typeof d.kind === "string") && typeof d.kustomize === "boolean" && strings(d.names)
  );
}
var SummaryCache = class _SummaryCache {
  constructor(root, file) {
    this.root = root;
    this.file = file;
    let stored;
    try {
      stored = JSON.parse(readFileSync2(file, "utf8"));
    } catch {
      stored = void 0;
    }
    const usable = stored?.format === FORMAT && stored.version === VERSION && stored.root === root && typeof stored.files === "object" && stored.files !== null;
    this.stored = usable ? stored.files : {};
  }
  root;
  file;
  /** As read: each record is checked when used (isRecord). */
  stored;
  next = {};
  changed = false;
  /** The cache of the repository at `root`, in `dir` (the cache directory). */
  static forRoot(root, dir) {
    const id = createHash("sha256").update(root).digest("hex").slice(0, 16);
    return new _SummaryCache(root, join2(dir, "context", `${id}.json`));
  }
  /** The file's summary: the recorded one while the file is as it was, else `compute()` (and recorded). */
  summary(absPath, compute) {
    const key = relative3(this.root, absPath);
    const stamp = stampOf(absPath);
    const hit = Object.hasOwn(this.stored, key) ? this.stored[key] : void 0;
    if (stamp && isRecord(hit) && sameStamp(hit[0], stamp)) {
      this.next[key] = hit;
      return hit[1];
    }
    const summary = compute();
    if (stamp && sameStamp(stamp, stampOf(absPath) ?? stamp)) {
      this.next[key] = [stamp, summary];
      this.changed = true;
    }
    return summary;
  }
  /**
   * Writes what this run used, dropping files that are gone, when anything changed; else marks the cache used (its
   * modification time says when its repository was last linted).
   */
  save() {
    if (!this.changed && Object.keys(this.next).length === Object.keys(this.stored).length) {
      try {
        const now = /* @__PURE__ */ new Date();
        utimesSync(this.file, now, now);
      } catch {
      }
      return;
    }
    const stored = { format: FORMAT, version: VERSION, root: this.root, files: this.next };
    const dir = join2(this.file, "..");
    try {
      mkdirSync(dir, { recursive: true });
      writeFileAtomic(this.file, JSON.stringify(stored));
    } catch {
      return;
    }
    pruneUnused(dir, Date.now() - UNUSED_FOR_MS);
  }
};
function pruneUnused(dir, before) {
  let names;
  try {
    names = readdirSync3(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!/^[0-9a-f]{16}\.json$/.test(name)) continue;
    const path = join2(dir, name);
    try {
      if (statSync3(path).mtimeMs < before) rmSync(path, { force: true });
    } catch {
    }
  }
}

// src/engine/context.ts
import { closeSync, fstatSync, openSync, readFileSync as readFileSync4 } from "node:fs";
import { basename as basename2, dirname as dirname3, posix as posix2, resolve as resolve5 } from "node:path";

// src/load/store.ts
import { lstatSync, readFileSync as readFileSync3, realpathSync as realpathSync2, statSync as statSync4 } from "node:fs";
import { relative as relative4, resolve as resolve4, sep as sep3 } from "node:path";
var MAX_FILE_BYTES = 8 * 1024 * 1024;
var inside = (rel) => rel !== "" && !rel.startsWith("..") && !rel.startsWith(sep3) && !/^[A-Za-z]:/.test(rel);
function realPath(absPath) {
  try {
    return realpathSync2.native(absPath);
  } catch {
    return void 0;
  }
}
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var FileStore = class {
  constructor(cwd, roots, overlay = /* @__PURE__ */ new Map()) {
    this.cwd = cwd;
    this.roots = roots;
    this.overlay = overlay;
    this.root = roots[0] ?? cwd;
  }
  cwd;
  roots;
  overlay;
  byPath = /* @__PURE__ */ new Map();
  problems = [];
  /** The repository root: referenced files outside it are refused, never read. */
  root;
  /** A path written relative to the repository root: the first root under which it exists (else under the first). */
  fromRoot(path) {
    const candidates = this.roots.map((r) => resolve4(r, path));
    return candidates.find((c) => this.exists(c)) ?? candidates[0] ?? resolve4(this.cwd, path);
  }
  relativePath(absPath) {
    const rel = relative4(this.cwd, absPath).split(sep3).join("/");
    return rel === "" ? absPath : rel;
  }
  /** The root with its symlinks resolved, what real paths are compared with. */
  realRootPath;
  get realRoot() {
    return this.realRootPath ??= realPath(this.root) ?? this.root;
  }
  /** realPath, asked once a path: a referenced file is checked (isInsideRoot), then loaded (canonical). */
  realPaths = /* @__PURE__ */ new Map();
  real(absPath) {
    if (!this.realPaths.has(absPath)) this.realPaths.set(absPath, realPath(absPath));
    return this.realPaths.get(absPath);
  }
  /**
   * Inside the repository, as written and where it really is: a symlink in the repository (`values.yaml ->
   * /home/me/secrets.yaml`, or a linked directory) that leads out of it is outside, and never read.
   */
  isInsideRoot(absPath) {
    if (!inside(relative4(this.root, absPath))) return false;
    const real = this.real(absPath);
    return real === void 0 || inside(relative4(this.realRoot, real));
  }
  /**
   * A file reached through a symlink that stays in the repository is read, reported and edited where it really is:
   * a migration rewrites the linked file, instead of replacing the link with a copy.
   */
  canonical(absPath) {
    const real = this.real(absPath);
    if (real === void 0) return absPath;
    const rel = relative4(this.realRoot, real);
    return inside(rel) ? resolve4(this.root, rel) : absPath;
  }
  /** Reads and parses a file; undefined when it does not exist or is not a readable text file (a problem is recorded). */
  load(absPath) {
    if (this.byPath.has(absPath)) return this.byPath.get(absPath);
    const at = this.canonical(absPath);
    const file = this.byPath.has(at) ? this.byPath.get(at) : this.read(at);
    this.byPath.set(at, file);
    this.byPath.set(absPath, file);
    return file;
  }
  /** Something is at the path (a file, a directory, a pipe, a link, even a broken one): not read, only looked at. */
  isPresent(absPath) {
    try {
      lstatSync(absPath);
      return true;
    } catch {
      return false;
    }
  }
  exists(absPath) {
    try {
      return statSync4(absPath).isFile();
    } catch {
      return false;
    }
  }
  read(absPath) {
    const path = this.relativePath(absPath);
    const overlaid = this.overlay.get(absPath);
    if (overlaid !== void 0) return this.parse(path, absPath, overlaid);
    let bytes;
    try {
      const stats = statSync4(absPath);
      if (!stats.isFile()) {
        this.problem(
          path,
          absPath,
          `not a regular file (${stats.isDirectory() ? "a directory" : stats.isFIFO() ? "a named pipe" : stats.isSocket() ? "a socket" : "a device"}); not read`
        );
        return void 0;
      }
      const size = stats.size;
      if (size > MAX_FILE_BYTES) {
        this.problem(
          path,
          absPath,
          `file is ${(size / 1024 / 1024).toFixed(1)} MiB, over helmvet's ${MAX_FILE_BYTES / 1024 / 1024} MiB limit for YAML; not read`
        );
        return void 0;
      }
      bytes = readFileSync3(absPath);
    } catch (e) {
      const code = e.code;
      if (code === "ENOENT") return void 0;
      this.problem(path, absPath, `cannot read file (${code ?? "error"})`);
      return void 0;
    }
    if (bytes.includes(0)) {
      this.problem(path, absPath, "binary file (it contains NUL bytes), not YAML");
      return void 0;
    }
    let text;
    try {
      text = utf8.decode(bytes);
    } catch {
      const at = firstInvalidUtf8(bytes);
      this.problem(path, absPath, `not valid UTF-8 (first bad byte at offset ${at}); YAML must be UTF-8`);
      return void 0;
    }
    return this.parse(path, absPath, text);
  }
  /** Directories that hold a Chart.yaml, asked once each. */
  charts = /* @__PURE__ */ new Map();
  isChart = (dir) => {
    let known = this.charts.get(dir);
    if (known === void 0) this.charts.set(dir, known = this.exists(resolve4(dir, "Chart.yaml")));
    return known;
  };
  /** Parses a text (not a chart template: Helm renders it); one over helmvet's token or document limits is a problem, like one over the byte limit. */
  parse(path, absPath, text) {
    const chart = chartOfTemplate(absPath, this.isChart);
    const file = parseSource(
      path,
      absPath,
      text,
      chart === void 0 ? void 0 : { renderedBy: "helm", offset: 0, chart }
    );
    if (file.overLimit === void 0) return file;
    this.problem(path, absPath, `file has ${file.overLimit}; not read`);
    return void 0;
  }
  problem(path, absPath, message) {
    this.problems.push({ file: parseSource(path, absPath, ""), message });
  }
};
function firstInvalidUtf8(bytes) {
  let lo = 0;
  for (let hi = bytes.length + 1; hi - lo > 1; ) {
    const mid = lo + hi >> 1;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  for (let at = lo - 1; at >= 0 && at >= lo - 3; at--) {
    const b = bytes[at];
    if (b >= 128 && b < 192) continue;
    const length = b >= 240 ? 4 : b >= 224 ? 3 : b >= 192 ? 2 : 1;
    return length > lo - at ? at : lo;
  }
  return lo;
}

// src/engine/context.ts
var FALCO_RELEASE = /^\s*(?:-\s+)?(?:chart|name):\s*["']?falco["']?\s*(?:#.*)?$|^\s*(?:-\s+)?(?:chart|path):\s*["']?(?:\S*\/)?charts?\/falco\/?["']?\s*(?:#.*)?$|oci:\/\/\S*\/falco\b/m;
var TALOS = /^(?:clusterName|customization|machine):/m;
var TALCONFIG = /^clusterName:/m;
var MAY_SECURE_BOOT = /secureboot|\\/i;
var REFERABLE = /* @__PURE__ */ new Set([
  "ConfigMap",
  "Secret",
  "HelmRepository",
  "OCIRepository",
  "HelmChart",
  "GitRepository",
  "Bucket"
]);
var NAMING = /* @__PURE__ */ new Set(["HelmRelease", "HelmChart"]);
var KIND_LINE = String.raw`(?:^[ \t]*(?:-[ \t]*)?|[{,][ \t]*)kind:[ \t]*["']?`;
var MAY_DEFINE = new RegExp(`${KIND_LINE}(?:${[...REFERABLE].join("|")})\\b|kustomize\\.config\\.k8s\\.io`, "m");
var MAY_NAME = new RegExp(`${KIND_LINE}(?:${[...NAMING].join("|")})\\b`, "m");
var MAY_NAME_FILES = new RegExp(`${KIND_LINE}(?:Application|Kustomization)\\b|kustomize\\.config\\.k8s\\.io`, "m");
var SECRET_VALUES = new RegExp(`${KIND_LINE}Secret\\b`, "m");
var NOT_CURRENT_API = /apiVersion:[ \t]*["']?(helm(?:\.toolkit)?\.fluxcd\.io\/[\w]+)["']?[ \t]*(?:#.*)?$/gm;
var FLUX_PIN = /fluxcd\/flux2\/+(?:manifests\/install|releases\/download)|ghcr\.io\/fluxcd\/flux-manifests|^# Flux [Vv]ersion:|kind:[ \t]*FluxInstance|(?:chart|name):[ \t]*["']?flux(?:2|-instance)["']?[ \t]*$/m;
var NAME = /(?:^[ \t]*(?:-[ \t]*)?|[{,][ \t]*)name:[ \t]*["']?([\w.-]+)["']?[ \t]*(?=$|[,}#\s])/gm;
var PATH_START = /[\s"'=,[{]/;
var PATH_END = /[\s"',\]}#]/;
var tokenName = (name) => ![...name].some((ch) => PATH_START.test(ch) || PATH_END.test(ch));
var MAY_NAME_F = 1;
var MAY_NAME_FILES_F = 2;
var MAY_DEFINE_F = 4;
var FALCO_F = 8;
var TALOS_F = 16;
var TALCONFIG_F = 32;
var SECURE_BOOT_F = 64;
var FLUX_PIN_F = 128;
var SECRET_F = 256;
var HELMRELEASE_TEXT_F = 512;
var CHOOSING = MAY_NAME_F | MAY_NAME_FILES_F | MAY_DEFINE_F | FALCO_F | TALOS_F | FLUX_PIN_F | SECRET_F;
function pathTokens(text) {
  const paths = [];
  for (const m of text.matchAll(/\.ya?ml(?=[\s"',\]}#]|$)/g)) {
    const end = m.index + m[0].length;
    let start = m.index;
    while (start > 0 && !PATH_START.test(text[start - 1])) start--;
    paths.push(text.slice(start, end));
  }
  return paths;
}
function summarize(text, kustomizationFile, always = false) {
  let flags = 0;
  if ((text.includes("HelmRelease") || text.includes("HelmChart")) && MAY_NAME.test(text)) flags |= MAY_NAME_F;
  if ((text.includes("Application") || text.includes("Kustomization") || text.includes("kustomize.config")) && MAY_NAME_FILES.test(text))
    flags |= MAY_NAME_FILES_F;
  if (/ConfigMap|Secret|Repository|HelmChart|Bucket|kustomize\.config/.test(text) && MAY_DEFINE.test(text))
    flags |= MAY_DEFINE_F;
  if (text.includes("falco") && FALCO_RELEASE.test(text)) flags |= FALCO_F;
  if (TALOS.test(text)) flags |= TALOS_F;
  if (TALCONFIG.test(text)) flags |= TALCONFIG_F;
  if (MAY_SECURE_BOOT.test(text)) flags |= SECURE_BOOT_F;
  if (FLUX_PIN.test(text)) flags |= FLUX_PIN_F;
  if (text.includes("Secret") && SECRET_VALUES.test(text)) flags |= SECRET_F;
  if (text.includes("HelmRelease")) flags |= HELMRELEASE_TEXT_F;
  const docs = always || kustomizationFile || (flags & CHOOSING) !== 0 ? documents(text, kustomizationFile) : [];
  const namesFiles = docs.some((d) => d.kustomize || d.kind === "Application");
  const paths = namesFiles ? pathTokens(text) : [];
  const apis = flags & FALCO_F ? [...text.matchAll(NOT_CURRENT_API)].map((m) => m[1]) : [];
  return { docs, flags, paths, apis };
}
var Candidate = class {
  constructor(f, summary, text) {
    this.f = f;
    this.summary = summary;
    this.text = text;
    this.isKustomization = isKustomizationFile(f.absPath);
  }
  f;
  summary;
  text;
  isKustomization;
  get docs() {
    return this.summary.docs;
  }
  has(flag) {
    return (this.summary.flags & flag) !== 0;
  }
  /** Names of the referable objects and generators it defines. */
  defines() {
    return this.docs.flatMap((d) => d.kustomize || d.kind !== void 0 && REFERABLE.has(d.kind) ? d.names : []);
  }
  /** Names its HelmReleases and HelmCharts refer to. */
  namesReferred() {
    return this.docs.flatMap((d) => d.kind !== void 0 && NAMING.has(d.kind) ? d.names : []);
  }
  /** The file names its path tokens end with: what `namesFile` can answer yes for (besides names it looks up as text). */
  pathNames() {
    return this.summary.paths.map((path) => path.slice(path.lastIndexOf("/") + 1));
  }
  /** Does a kustomization or Argo CD Application of it name `file` as a values or generator file? */
  namesFile(file) {
    const kustomize = this.docs.some((d) => d.kustomize);
    const argo = this.docs.some((d) => d.kind === "Application");
    if (!kustomize && !argo) return false;
    const name = basename2(file);
    const paths = tokenName(name) ? this.summary.paths : occurrences(this.text(), name);
    for (const path of paths) {
      if (path !== name && !path.endsWith(`/${name}`)) continue;
      if (kustomize && resolve5(dirname3(this.f.absPath), path) === file) return true;
      if (argo) {
        const rest = posix2.normalize(path.startsWith("$") ? path.slice(path.indexOf("/") + 1) : path).replace(/^\.\//, "");
        if (rest.startsWith("../") || file.split("\\").join("/").endsWith(`/${rest}`)) return true;
      }
    }
    return false;
  }
};
function occurrences(text, name) {
  const out = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (end < text.length && !PATH_END.test(text[end])) continue;
    let start = at;
    while (start > 0 && !PATH_START.test(text[start - 1])) start--;
    out.push(text.slice(start, end));
  }
  return out;
}
function documents(text, kustomizationFile) {
  const docs = [];
  for (const part of text.split(/^(?:---|\.\.\.)(?=[ \t]|$).*$/m)) {
    const names = [...part.matchAll(NAME)].map((m) => m[1]);
    const first = /^([ \t]*)([^\s#%].*)$/m.exec(part);
    let kind;
    if (first && first[2].startsWith("{")) {
      kind = /kind:[ \t]*["']?([\w.-]+)/.exec(part)?.[1];
    } else if (first && !/^-(?:\s|$)/.test(first[2])) {
      kind = new RegExp(`^${first[1]}kind:[ \\t]*["']?([\\w.-]+)`, "m").exec(part)?.[1];
    }
    const kustomize = kind === "Kustomization" && part.includes("kustomize.config.k8s.io") || kustomizationFile && kind === void 0 && first !== null && !first[2].startsWith("-");
    docs.push({ kind, kustomize, names });
  }
  return docs;
}
function read(path) {
  let fd;
  try {
    fd = openSync(path, "r");
    return fstatSync(fd).size > MAX_FILE_BYTES ? "" : readFileSync4(fd, "utf8");
  } catch {
    return "";
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function index(candidates, filter, keys) {
  const out = /* @__PURE__ */ new Map();
  for (const c of candidates) {
    if (!filter(c)) continue;
    for (const k of new Set(keys(c))) {
      const list = out.get(k);
      if (list) list.push(c);
      else out.set(k, [c]);
    }
  }
  return out;
}
function contextFiles(given, root, { cwd, ignorePatterns, talosVersionsMatter: talosVersionsMatter2, overlay, reads, cache }) {
  const wants = (read2, when) => reads.some((r) => r.read === read2 && r.when === when);
  const named = new Set(given.map((f) => f.absPath));
  const textOf = (f) => overlay?.get(f.absPath) ?? read(f.absPath);
  const fresh = (f, always = false) => summarize(textOf(f), isKustomizationFile(f.absPath), always);
  const summaryOf = (f) => overlay?.has(f.absPath) ? fresh(f) : cache.summary(f.absPath, () => fresh(f));
  const candidates = discover([root], { cwd, ignorePatterns }).filter((f) => !named.has(f.absPath)).map((f) => new Candidate(f, summaryOf(f), () => textOf(f)));
  const chosen = /* @__PURE__ */ new Set();
  let definers;
  let referrers;
  let fileNamers;
  let fileNamersByName;
  const back = (from) => {
    const out = [...from];
    for (let frontier = from; frontier.length; ) {
      const next = [];
      const take = (c) => {
        if (chosen.has(c)) return;
        chosen.add(c);
        next.push(c);
      };
      referrers ??= index(
        candidates,
        (c) => c.has(MAY_NAME_F),
        (c) => c.namesReferred()
      );
      for (const x of frontier) for (const n of x.defines()) for (const c of referrers.get(n) ?? []) take(c);
      fileNamers ??= candidates.filter((c) => c.isKustomization || c.has(MAY_NAME_FILES_F));
      fileNamersByName ??= index(
        fileNamers,
        () => true,
        (c) => c.pathNames()
      );
      for (const x of frontier) {
        const name = basename2(x.f.absPath);
        const namers = tokenName(name) ? fileNamersByName.get(name) ?? [] : fileNamers;
        for (const c of namers) if (!chosen.has(c) && c.namesFile(x.f.absPath)) take(c);
      }
      out.push(...next);
      frontier = next;
    }
    return out;
  };
  const forward = (from, only = () => true) => {
    const out = [...from];
    for (let frontier = from; frontier.length; ) {
      const next = [];
      definers ??= index(
        candidates,
        (c) => c.isKustomization || c.has(MAY_DEFINE_F),
        (c) => c.defines()
      );
      for (const x of frontier) {
        for (const n of new Set(x.docs.flatMap((d) => d.names))) {
          for (const c of definers.get(n) ?? []) {
            if (chosen.has(c) || !only(c)) continue;
            chosen.add(c);
            next.push(c);
          }
        }
      }
      out.push(...next);
      frontier = next;
    }
    return out;
  };
  const around = forward(back(given.map((f) => new Candidate(f, fresh(f, true), () => textOf(f)))));
  const falco = wants("talos-configs", "falco-release") && around.some((x) => x.has(FALCO_F));
  const talos = wants("falco-releases", "talos-config") && around.some((x) => x.has(TALOS_F));
  const removed = wants("falco-releases", "old-helmrelease-api") && around.some((x) => x.has(FALCO_F) && x.summary.apis.some((api) => !isCurrentHelmReleaseApi(api)));
  const fluxRelease = wants("flux-pins", "flux-falco-release") && around.some((x) => x.has(FALCO_F) && x.has(HELMRELEASE_TEXT_F));
  const meetsFalco = (c) => talosVersionsMatter2 || c.has(SECURE_BOOT_F) || c.has(TALCONFIG_F);
  const releases = [];
  const secretReaders = [];
  for (const c of candidates) {
    if (chosen.has(c)) continue;
    const release = (talos || removed) && c.has(FALCO_F);
    const secrets = c.has(SECRET_F) && c.docs.some((d) => d.kind === "HelmRelease");
    const pin = fluxRelease && c.has(FLUX_PIN_F);
    if (release || secrets || pin || (talos || falco) && c.has(TALOS_F) && (talos || meetsFalco(c))) chosen.add(c);
    if (release || pin) releases.push(c);
    else if (secrets) secretReaders.push(c);
  }
  forward(back(releases));
  forward(secretReaders, (c) => c.docs.some((d) => d.kustomize || d.kind === "Secret"));
  return candidates.filter((c) => chosen.has(c)).map((c) => c.f);
}

// src/model/index.ts
var import_yaml = __toESM(require_dist(), 1);

// src/model/embedded.ts
function blockLineMap(scalar, host) {
  if (scalar.style !== "BLOCK_LITERAL" || scalar.span.file !== host || typeof scalar.value !== "string")
    return void 0;
  const { start, end } = scalar.span;
  const headerEnd = host.text.indexOf("\n", start);
  if (headerEnd < 0 || headerEnd >= end) return void 0;
  const hostLines = [];
  for (let at = headerEnd + 1; at < end; ) {
    const nl = host.text.indexOf("\n", at);
    const stop = nl < 0 || nl > end ? end : nl;
    hostLines.push({ at, text: host.text.slice(at, stop).replace(/\r$/, "") });
    at = stop + 1;
  }
  const first = hostLines.find((l) => l.text.trim() !== "");
  if (!first) return void 0;
  const indent = first.text.length - first.text.trimStart().length;
  const valueLines = hostLines.map((l) => l.text.slice(indent));
  const trimEnd = (s) => s.replace(/\n+$/, "");
  if (trimEnd(valueLines.join("\n")) !== trimEnd(scalar.value)) return void 0;
  const valueStarts = [];
  let offset = 0;
  for (const line of valueLines) {
    valueStarts.push(offset);
    offset += line.length + 1;
  }
  return { valueStarts, hostStarts: hostLines.map((l) => l.at + indent), indent };
}
function locatorForScalar(scalar, host) {
  const whole = scalar.span;
  const map = blockLineMap(scalar, host);
  if (!map) return { file: host, span: () => whole };
  const { indent } = map;
  const toHost = (offset, asEnd) => {
    let lo = 0;
    let hi = map.valueStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((map.valueStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const at = (map.hostStarts[lo] ?? whole.start) + offset - (map.valueStarts[lo] ?? 0);
    return Math.min(whole.end, asEnd && lo > 0 && offset === map.valueStarts[lo] ? at - indent : at);
  };
  return { file: host, span: (s, e) => ({ file: host, start: toHost(s, false), end: toHost(Math.max(s, e), true) }) };
}
function parseEmbedded(text, scalar, host) {
  return { documents: parseYaml(text).documents, at: locatorForScalar(scalar, host) };
}
function parseOpaque(text, scalar, host) {
  return { documents: parseYaml(text).documents, at: { file: host, span: () => scalar.span } };
}

// src/model/data.ts
import { dirname as dirname4, resolve as resolve6 } from "node:path";
function entriesOfObject(obj, kind) {
  const entries = /* @__PURE__ */ new Map();
  const blocks = kind === "Secret" ? ["data", "stringData"] : ["data"];
  for (const block of blocks) {
    const map = valueAt(obj.root, [block]);
    if (map?.kind !== "map") continue;
    for (const entry of map.entries.values()) {
      const v = entry.value;
      if (v.kind !== "scalar" || typeof v.value !== "string") continue;
      const encoded = kind === "Secret" && block === "data";
      const text = encoded ? Buffer.from(v.value, "base64").toString("utf8") : v.value;
      entries.set(entry.key, {
        key: entry.key,
        span: entry.keySpan,
        // Secret contents never get a place of their own: findings point at the whole value.
        documents: () => kind === "Secret" ? parseOpaque(text, v, obj.file) : parseEmbedded(text, v, obj.file),
        scalar: () => ({ text, span: v.span })
      });
    }
  }
  return entries;
}
function fileEntry(key, span2, absPath, store, unresolved, sensitive) {
  if (!store.isInsideRoot(absPath)) {
    unresolved.push({ span: span2, why: { reason: "outside", path: store.relativePath(absPath) } });
    return void 0;
  }
  return {
    key,
    span: span2,
    documents: () => {
      const file = store.load(absPath);
      if (!file) return void 0;
      if (sensitive) file.sensitive = true;
      return { documents: file.documents, at: fileLocator(file) };
    },
    scalar: () => {
      const file = store.load(absPath);
      if (!file) return void 0;
      if (sensitive) file.sensitive = true;
      return { text: file.text, span: { file, start: 0, end: file.text.length } };
    }
  };
}
function generated(obj, store, unresolved) {
  const out = [];
  const dir = dirname4(obj.file.absPath);
  const namespace = stringAt(obj.root, ["namespace"]);
  for (const [field, kind] of [
    ["configMapGenerator", "ConfigMap"],
    ["secretGenerator", "Secret"]
  ]) {
    const list = valueAt(obj.root, [field]);
    if (list?.kind !== "seq") continue;
    for (const gen of list.items) {
      const name = stringAt(gen, ["name"]);
      if (!name) continue;
      const entries = /* @__PURE__ */ new Map();
      const files = valueAt(gen, ["files"]);
      for (const f of files?.kind === "seq" ? files.items : []) {
        if (f.kind !== "scalar" || typeof f.value !== "string") continue;
        const eq = f.value.indexOf("=");
        const path = eq >= 0 ? f.value.slice(eq + 1) : f.value;
        const key = eq >= 0 ? f.value.slice(0, eq) : path.slice(path.lastIndexOf("/") + 1);
        const entry = fileEntry(key, f.span, resolve6(dir, path), store, unresolved, kind === "Secret");
        if (entry) entries.set(key, entry);
      }
      out.push({
        kind,
        name,
        namespace: stringAt(gen, ["namespace"]) ?? namespace,
        file: obj.file,
        entries,
        generated: true
      });
    }
  }
  return out;
}
function dataObjects(objects, store, unresolved) {
  const out = [];
  for (const obj of objects) {
    if ((obj.kind === "ConfigMap" || obj.kind === "Secret") && obj.apiVersion === "v1" && obj.name) {
      if (obj.kind === "Secret") obj.file.sensitive = true;
      out.push({
        kind: obj.kind,
        name: obj.name,
        namespace: obj.namespace,
        file: obj.file,
        entries: entriesOfObject(obj, obj.kind),
        generated: false
      });
    } else if (obj.kind === "Kustomization" && apiGroup(obj.apiVersion) === "kustomize.config.k8s.io") {
      out.push(...generated(obj, store, unresolved));
    }
  }
  return out;
}
function nearest(candidates, from, namespace) {
  const fitting = candidates.filter((c) => !namespace || !c.namespace || c.namespace === namespace);
  const distance = (c) => {
    const a = c.file.absPath.split("/");
    const b = from.absPath.split("/");
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    return a.length + b.length - 2 * common;
  };
  return [...fitting].sort(
    (x, y) => Number(y.namespace === namespace) - Number(x.namespace === namespace) || distance(x) - distance(y)
  )[0];
}

// src/model/flux.ts
var FLUX_HELM_GROUP = "helm.toolkit.fluxcd.io";
var FLUX_V1_GROUP = "helm.fluxcd.io";
var SOURCE_GROUP = "source.toolkit.fluxcd.io";
var isSource = (o, kind) => o.kind === kind && apiGroup(o.apiVersion) === SOURCE_GROUP;
function findSource(objects, kind, name, namespace, from) {
  if (!name) return void 0;
  const candidates = objects.filter((o) => isSource(o, kind) && o.name === name);
  return nearest(candidates, from.file, namespace);
}
function chartFromHelmRepository(repo, chartName, span2) {
  const url = stringAt(repo?.root, ["spec", "url"]);
  const oci = stringAt(repo?.root, ["spec", "type"]) === "oci" || url?.startsWith("oci://");
  return { name: chartName, span: span2, repoUrl: url, sourceKind: repo ? oci ? "oci" : "helm" : "unknown" };
}
var mayBeFalco = (hr) => /falco/i.test(hr.name ?? "");
function chartOf(hr, objects, sink) {
  const spec = hr.root;
  const chartSpec = valueAt(spec, ["spec", "chart", "spec"]);
  if (chartSpec) {
    const nameNode = scalarAt(chartSpec, ["chart"]);
    const anchor = nameNode?.span ?? hr.anchor;
    const sourceKind = stringAt(chartSpec, ["sourceRef", "kind"]);
    const sourceName = stringAt(chartSpec, ["sourceRef", "name"]);
    const sourceNs = stringAt(chartSpec, ["sourceRef", "namespace"]) ?? hr.namespace;
    const version = versionRef(scalarAt(chartSpec, ["version"]), anchor, "spec.chart.spec.version");
    if (sourceKind === "GitRepository" || sourceKind === "Bucket") {
      const repo2 = findSource(objects, sourceKind, sourceName, sourceNs, hr);
      return {
        chart: {
          name: void 0,
          span: anchor,
          repoUrl: stringAt(repo2?.root, ["spec", "url"]),
          sourceKind: "git",
          path: stringAt(chartSpec, ["chart"])
        },
        version: { ...version, kind: "git" }
      };
    }
    const repo = findSource(objects, "HelmRepository", sourceName, sourceNs, hr);
    if (!repo && sourceName && stringAt(chartSpec, ["chart"]) === "falco") {
      sink.unresolved.push({
        span: scalarAt(chartSpec, ["sourceRef", "name"])?.span ?? anchor,
        why: { reason: "assumed-falco-repository", name: `${sourceNs ? `${sourceNs}/` : ""}${sourceName}` }
      });
    }
    return { chart: chartFromHelmRepository(repo, stringAt(chartSpec, ["chart"]), anchor), version };
  }
  const refKind = stringAt(spec, ["spec", "chartRef", "kind"]);
  const refName = stringAt(spec, ["spec", "chartRef", "name"]);
  const refNs = stringAt(spec, ["spec", "chartRef", "namespace"]) ?? hr.namespace;
  const refSpan = scalarAt(spec, ["spec", "chartRef", "name"])?.span ?? hr.anchor;
  if (refKind === "OCIRepository") {
    const oci = findSource(objects, "OCIRepository", refName, refNs, hr);
    if (!oci) {
      if (mayBeFalco(hr))
        sink.unresolved.push({
          falco: true,
          span: refSpan,
          why: { reason: "chart-unknown", kind: "OCIRepository", name: `${refNs ? `${refNs}/` : ""}${refName ?? ""}` }
        });
      return {
        chart: { name: void 0, span: refSpan, repoUrl: void 0, sourceKind: "unknown" },
        version: versionRef(void 0, refSpan, "spec.chartRef")
      };
    }
    const url = stringAt(oci.root, ["spec", "url"]);
    const name = url?.replace(/\/+$/, "").split("/").pop();
    const urlSpan = scalarAt(oci.root, ["spec", "url"])?.span ?? oci.anchor;
    const semver3 = scalarAt(oci.root, ["spec", "ref", "semver"]);
    const tag = scalarAt(oci.root, ["spec", "ref", "tag"]);
    const chart = {
      name,
      span: urlSpan,
      repoUrl: url?.slice(0, url.length - (name?.length ?? 0)).replace(/\/$/, ""),
      sourceKind: "oci"
    };
    if (semver3) return { chart, version: versionRef(semver3, urlSpan, "spec.ref.semver") };
    if (tag) return { chart, version: versionRef(tag, urlSpan, "spec.ref.tag") };
    return {
      chart,
      version: {
        raw: "latest",
        node: void 0,
        anchor: entryAt(oci.root, ["spec"])?.keySpan ?? oci.anchor,
        field: "spec.ref",
        kind: "git"
      }
    };
  }
  if (refKind === "HelmChart") {
    const hc = findSource(objects, "HelmChart", refName, refNs, hr);
    if (!hc) {
      if (mayBeFalco(hr))
        sink.unresolved.push({
          falco: true,
          span: refSpan,
          why: { reason: "chart-unknown", kind: "HelmChart", name: `${refNs ? `${refNs}/` : ""}${refName ?? ""}` }
        });
      return {
        chart: { name: void 0, span: refSpan, repoUrl: void 0, sourceKind: "unknown" },
        version: versionRef(void 0, refSpan, "spec.chartRef")
      };
    }
    const nameNode = scalarAt(hc.root, ["spec", "chart"]);
    const anchor = nameNode?.span ?? hc.anchor;
    const repo = findSource(
      objects,
      "HelmRepository",
      stringAt(hc.root, ["spec", "sourceRef", "name"]),
      stringAt(hc.root, ["spec", "sourceRef", "namespace"]) ?? hc.namespace,
      hc
    );
    return {
      chart: chartFromHelmRepository(repo, stringAt(hc.root, ["spec", "chart"]), anchor),
      version: versionRef(scalarAt(hc.root, ["spec", "version"]), anchor, "spec.version")
    };
  }
  return {
    chart: { name: void 0, span: hr.anchor, repoUrl: void 0, sourceKind: "unknown" },
    version: versionRef(void 0, hr.anchor, "spec.chart")
  };
}
function chartOfV1(hr) {
  const chart = valueAt(hr.root, ["spec", "chart"]);
  const nameNode = scalarAt(chart, ["name"]);
  const anchor = nameNode?.span ?? hr.anchor;
  const git = stringAt(chart, ["git"]);
  if (git)
    return {
      chart: { name: void 0, span: anchor, repoUrl: git, sourceKind: "git", path: stringAt(chart, ["path"]) },
      version: versionRef(void 0, anchor, "spec.chart.ref", "git")
    };
  return {
    chart: {
      name: stringAt(chart, ["name"]),
      span: anchor,
      repoUrl: stringAt(chart, ["repository"]),
      sourceKind: "helm"
    },
    version: versionRef(scalarAt(chart, ["version"]), anchor, "spec.chart.version")
  };
}
var splitTargetPath = (path) => path.split(/(?<!\\)\./).map((p) => p.replace(/\\\./g, "."));
function scalarFromText(text, span2) {
  const t = text.trim();
  const value = t === "true" ? true : t === "false" ? false : /^-?\d+$/.test(t) ? Number(t) : t.replace(/^(['"])(.*)\1$/, "$2");
  return { kind: "scalar", value, source: t, span: span2 };
}
function valuesFrom(hr, data, sink) {
  const layers = [];
  let merged;
  const refs = valueAt(hr.root, ["spec", "valuesFrom"]);
  for (const ref of refs?.kind === "seq" ? refs.items : []) {
    const kind = stringAt(ref, ["kind"]);
    const name = stringAt(ref, ["name"]);
    if (kind !== "ConfigMap" && kind !== "Secret" || !name) continue;
    const key = stringAt(ref, ["valuesKey"]) ?? "values.yaml";
    const targetPath = stringAt(ref, ["targetPath"]);
    const optional = scalarAt(ref, ["optional"])?.value === true;
    const where = scalarAt(ref, ["name"])?.span ?? ref.span;
    const label = `${kind} ${name} key ${key}`;
    const target = nearest(
      data.filter((d) => d.kind === kind && d.name === name),
      hr.file,
      hr.namespace
    );
    const entry = target?.entries.get(key);
    if (!target || !entry) {
      sink.unresolved.push({
        span: where,
        why: !target ? { reason: "missing-source", kind, name, optional } : { reason: "missing-key", kind, name, key, optional }
      });
      continue;
    }
    if (targetPath) {
      const scalar = entry.scalar();
      if (!scalar) continue;
      const value = scalarFromText(scalar.text, scalar.span);
      merged = setPath(merged, splitTargetPath(targetPath), value, scalar.span);
      layers.push({
        label: `${label} at ${targetPath}`,
        values: setPath(void 0, splitTargetPath(targetPath), value, scalar.span),
        file: scalar.span.file
      });
      continue;
    }
    const parsed = entry.documents();
    if (!parsed) {
      sink.unresolved.push({ span: entry.span, why: { reason: "unreadable-entry", label } });
      continue;
    }
    const layer = layerOf(label, parsed, sink, entry.span, parsed.at.file === entry.span.file);
    if (layer) {
      layers.push(layer);
      merged = mergeValues(merged, layer.values);
    }
  }
  return { layers, merged };
}
function fluxReleases(objects, data, sink) {
  const releases = [];
  for (const hr of objects) {
    const group = apiGroup(hr.apiVersion);
    if (hr.kind !== "HelmRelease" || group !== FLUX_HELM_GROUP && group !== FLUX_V1_GROUP) continue;
    const { chart, version } = owning(
      sink,
      hr,
      () => group === FLUX_V1_GROUP ? chartOfV1(hr) : chartOf(hr, objects, sink)
    );
    const from = owning(
      sink,
      hr,
      () => group === FLUX_V1_GROUP ? { layers: [], merged: void 0 } : valuesFrom(hr, data, sink)
    );
    const layers = [...from.layers];
    let values = from.merged;
    const inline = valueAt(hr.root, ["spec", "values"]);
    if (inline?.kind === "map") {
      layers.push({ label: "spec.values", values: inline, file: hr.file });
      values = mergeValues(values, inline);
    }
    releases.push({
      tool: "flux",
      title: `HelmRelease ${hr.namespace ? `${hr.namespace}/` : ""}${hr.name ?? "(unnamed)"}`,
      apiVersion: hr.apiVersion,
      object: hr,
      chart,
      version,
      layers,
      values
    });
  }
  return releases;
}

// src/model/argocd.ts
var ARGO_GROUP = "argoproj.io";
var versionOf = (source, anchor, kind) => versionRef(scalarAt(source, ["targetRevision"]), anchor, "targetRevision", kind);
var helmSourceKind = (url) => !url ? "unknown" : url.startsWith("oci://") || !/^[a-z]+:\/\//.test(url) ? "oci" : "helm";
function layersOf(app, source, refs, store, sink) {
  const layers = [];
  const pluginEntry = entryAt(source, ["plugin"]);
  const plugin = pluginEntry?.value;
  if (pluginEntry && plugin) {
    const env = valueAt(plugin, ["env"]);
    const names = (env?.kind === "seq" ? env.items : []).map((e) => stringAt(e, ["name"])).filter((n) => !!n);
    const name = stringAt(plugin, ["name"]);
    sink.unresolved.push({ span: pluginEntry.keySpan, why: { reason: "plugin", name: name ?? null, env: names } });
    return layers;
  }
  const helm = valueAt(source, ["helm"]);
  const files = valueAt(helm, ["valueFiles"]);
  for (const item of files?.kind === "seq" ? files.items : []) {
    if (item.kind !== "scalar" || typeof item.value !== "string") continue;
    const m = /^\$([^/]+)\/(.*)$/.exec(item.value);
    if (m && refs.has(m[1] ?? "")) {
      const layer = valuesFileLayer(store, void 0, m[2] ?? "", item.span, sink, item.value);
      if (layer) layers.push(layer);
    } else if (stringAt(source, ["path"])) {
      const layer = valuesFileLayer(
        store,
        store.fromRoot(stringAt(source, ["path"]) ?? "."),
        item.value,
        item.span,
        sink,
        item.value
      );
      if (layer) layers.push(layer);
    } else {
      sink.unresolved.push({ span: item.span, why: { reason: "in-chart-package", path: item.value } });
    }
  }
  const inline = valueAt(helm, ["values"]);
  if (inline?.kind === "scalar" && typeof inline.value === "string") {
    const parsed = parseEmbedded(inline.value, inline, app.file);
    const layer = layerOf("helm.values", parsed, sink, inline.span, true);
    if (layer) layers.push(layer);
  } else if (inline?.kind === "map") {
    layers.push({ label: "helm.values", values: inline, file: app.file });
  }
  const object = valueAt(helm, ["valuesObject"]);
  if (object?.kind === "map") layers.push({ label: "helm.valuesObject", values: object, file: app.file });
  const parameters = valueAt(helm, ["parameters"]);
  for (const p of parameters?.kind === "seq" ? parameters.items : []) {
    const name = stringAt(p, ["name"]);
    const value = scalarAt(p, ["value"]);
    if (!name || !value || name.includes("[")) continue;
    layers.push({
      label: `helm.parameters ${name}`,
      values: setPath(void 0, splitTargetPath(name), value, value.span),
      file: app.file
    });
  }
  return layers;
}
function argoReleases(objects, store, sink) {
  const releases = [];
  for (const app of objects) {
    if (app.kind !== "Application" || apiGroup(app.apiVersion) !== ARGO_GROUP) continue;
    const single = valueAt(app.root, ["spec", "source"]);
    const multiple = valueAt(app.root, ["spec", "sources"]);
    const sources = multiple?.kind === "seq" ? multiple.items : single ? [single] : [];
    const refs = new Set(sources.map((s) => stringAt(s, ["ref"])).filter((r) => !!r));
    for (const source of sources) {
      const chartNode = scalarAt(source, ["chart"]);
      const path = stringAt(source, ["path"]);
      const repoUrl = stringAt(source, ["repoURL"]);
      let chart;
      let version;
      if (chartNode && typeof chartNode.value === "string") {
        chart = { name: chartNode.value, span: chartNode.span, repoUrl, sourceKind: helmSourceKind(repoUrl) };
        version = versionOf(source, chartNode.span, "constraint");
      } else if (path !== void 0 && !stringAt(source, ["ref"])) {
        const pathNode = scalarAt(source, ["path"]);
        const span2 = pathNode?.span ?? app.anchor;
        chart = { name: void 0, span: span2, repoUrl, sourceKind: "git", path };
        version = versionOf(source, span2, "git");
      } else continue;
      const layers = owning(sink, app, () => layersOf(app, source, refs, store, sink));
      const values = layers.reduce((acc, l) => mergeValues(acc, l.values), void 0);
      releases.push({
        tool: "argocd",
        title: `Application ${app.namespace ? `${app.namespace}/` : ""}${app.name ?? "(unnamed)"}`,
        apiVersion: app.apiVersion,
        object: app,
        chart,
        version,
        layers,
        values
      });
    }
  }
  return releases;
}

// src/model/flux-pins.ts
var INSTALL_URL = /(?:^|\/\/|\/)github\.com\/fluxcd\/flux2\/+manifests\/install\/?\?ref=(v?\d+\.\d+\.\d+[\w.-]*)|github\.com\/fluxcd\/flux2\/releases\/download\/(v?\d+\.\d+\.\d+[\w.-]*)\/install\.yaml/;
var HEADER = /^# Flux [Vv]ersion: (v?\d+\.\d+\.\d+[\w.-]*)[ \t]*\r?$/m;
var span = (n) => n.span;
function fluxPins(files, objects, releases) {
  const pins = [];
  for (const file of files) {
    const head = file.text.slice(0, 1024);
    const m = HEADER.exec(head);
    if (m)
      pins.push({
        constraint: m[1],
        of: "flux",
        span: { file, start: m.index + m[0].indexOf(m[1]), end: m.index + m[0].indexOf(m[1]) + m[1].length },
        how: `the "# Flux Version" header of ${file.path}`
      });
  }
  for (const o of objects) {
    if (isKustomization(o)) {
      const resources = valueAt(o.root, ["resources"]);
      for (const r of resources?.kind === "seq" ? resources.items : []) {
        if (r.kind !== "scalar" || typeof r.value !== "string") continue;
        const m = INSTALL_URL.exec(r.value);
        if (m)
          pins.push({
            constraint: m[1] ?? m[2],
            of: "flux",
            span: span(r),
            how: `the Flux install manifests ${o.file.path} pulls`
          });
      }
    } else if (o.kind === "OCIRepository" && apiGroup(o.apiVersion) === "source.toolkit.fluxcd.io") {
      const url = scalarAt(o.root, ["spec", "url"]);
      if (typeof url?.value !== "string" || !/^oci:\/\/ghcr\.io\/fluxcd\/flux-manifests\/?$/.test(url.value)) continue;
      const ref = scalarAt(o.root, ["spec", "ref", "tag"]) ?? scalarAt(o.root, ["spec", "ref", "semver"]);
      if (ref && ref.value !== null && String(ref.value) !== "latest")
        pins.push({
          constraint: String(ref.value),
          of: "flux",
          span: span(ref),
          how: `the flux-manifests OCIRepository ${o.name ?? ""} Flux upgrades itself from`
        });
    } else if (o.kind === "FluxInstance" && apiGroup(o.apiVersion) === "fluxcd.controlplane.io") {
      const v = scalarAt(o.root, ["spec", "distribution", "version"]);
      if (v && v.value !== null)
        pins.push({
          constraint: String(v.value),
          of: "flux",
          span: span(v),
          how: `FluxInstance ${o.name ?? ""} spec.distribution.version`
        });
    }
  }
  for (const r of releases) {
    if (r.tool !== "flux") continue;
    if (r.chart.name === "flux-instance") {
      const v = scalarAt(r.values, ["instance", "distribution", "version"]);
      if (v && v.value !== null)
        pins.push({
          constraint: String(v.value),
          of: "flux",
          span: span(v),
          how: `${r.title} (flux-instance chart) instance.distribution.version`
        });
    } else if (r.chart.name === "flux2" && r.version.node && r.version.raw) {
      pins.push({
        constraint: r.version.raw,
        of: "flux2 chart",
        span: span(r.version.node),
        how: `${r.title}, the flux2 chart`
      });
    }
  }
  return pins;
}

// src/model/index.ts
function implicitKustomization(file, root) {
  if (!isKustomizationFile(file.absPath) || root.entries.has("kind")) return void 0;
  return {
    apiVersion: "kustomize.config.k8s.io/v1beta1",
    kind: "Kustomization",
    name: void 0,
    namespace: void 0,
    file,
    root,
    anchor: root.span
  };
}
function looksLikeFalcoValues(root) {
  const keys = [...root.entries.keys()];
  if (keys.length === 0 || root.entries.has("apiVersion") || root.entries.has("kind")) return false;
  if (!["driver", "collectors", "falcoctl", "customRules", "falco"].some((k) => root.entries.has(k))) return false;
  const known = keys.filter((k) => FALCO_TOP_LEVEL_KEYS.has(k)).length;
  return known >= 2 && known / keys.length >= 0.6;
}
function buildModel(files, store) {
  const sink = newSink();
  const objects = [];
  const plain = [];
  const read2 = [];
  for (const file of files) {
    read2.push(file);
    let hasPlain = false;
    for (const root of documentTrees(file, sink.unresolved)) {
      const obj = asObject(file, root) ?? implicitKustomization(file, root);
      if (obj) objects.push(obj);
      else {
        plain.push({ file, root });
        hasPlain = true;
      }
    }
    if (!hasPlain && !file.documents.some((d) => d.errors.length > 0 || d.contents !== null && !(0, import_yaml.isMap)(d.contents)))
      file.documents = [];
  }
  const data = dataObjects(objects, store, sink.unresolved);
  const releases = [
    ...fluxReleases(objects, data, sink),
    ...argoReleases(objects, store, sink),
    ...kustomizeReleases(objects, store, sink)
  ];
  for (const file of read2) file.documents = [];
  const attached = new Set(releases.flatMap((r) => r.layers.map((l) => l.file)));
  const standaloneValues = plain.filter((p) => !attached.has(p.file) && looksLikeFalcoValues(p.root)).map((p) => ({ file: p.file, values: p.root }));
  return {
    files: read2,
    objects,
    releases,
    standaloneValues,
    unresolved: sink.unresolved,
    embeddedErrors: sink.embeddedErrors,
    talos: buildTalosModel(plain),
    consumers: new Consumers(objects, releases, sink.readBy),
    fluxPins: fluxPins(read2, objects, releases)
  };
}

// src/resolve/resolve.ts
var import_semver2 = __toESM(require_semver(), 1);

// src/resolve/flux.ts
var import_semver = __toESM(require_semver(), 1);
function newestAdmitted(written, known, newest, above) {
  const exact = import_semver.default.valid(written.trim().replace(/^v/, ""));
  if (exact) return exact;
  try {
    const c = parseConstraint(written);
    const next = import_semver.default.inc(newest, "patch");
    if (c.check(next) || c.check(import_semver.default.inc(newest, "minor"))) return above;
    return [...known].reverse().find((v) => c.check(v));
  } catch {
    return void 0;
  }
}
function versionOf2(pin) {
  if (pin.of === "flux") return newestAdmitted(pin.constraint, FLUX_RELEASES, NEWEST_FLUX, NEWEST_FLUX);
  const chart = newestAdmitted(
    pin.constraint,
    FLUX2_CHART_FLUX.map(([from]) => from).concat(FLUX2_CHART_NEWEST),
    FLUX2_CHART_NEWEST,
    ""
  );
  return chart ? fluxOfChart(chart) : chart === "" ? NEWEST_FLUX : void 0;
}
function runningFlux(pins) {
  let best;
  for (const pin of pins) {
    const version = versionOf2(pin);
    if (!version || best && import_semver.default.lte(version, best.version)) continue;
    const shown = pin.of === "flux" ? `Flux ${pin.constraint.replace(/^v(?=\d)/, "")}` : `Flux ${import_semver.default.major(version)}.${import_semver.default.minor(version)} (flux2 chart ${pin.constraint})`;
    best = { version, pin, label: `${shown} (${pin.how})` };
  }
  return best;
}

// src/resolve/resolve.ts
var normalizeUrl = (url) => url.trim().replace(/\/+$/, "").toLowerCase();
function isFalcoChart(release, mirrors) {
  const { chart } = release;
  if (chart.sourceKind === "git") {
    const path = (chart.path ?? "").replace(/^\.\//, "").replace(/\/+$/, "");
    return !!chart.repoUrl && FALCOSECURITY_CHART_GIT.test(chart.repoUrl) && /(^|\/)charts?\/falco$/.test(path);
  }
  if (chart.name !== "falco") return false;
  if (!chart.repoUrl) return true;
  const url = normalizeUrl(chart.repoUrl);
  if ([...FALCOSECURITY_CHART_REPOS, ...mirrors].some((r) => normalizeUrl(r) === url)) return true;
  return void 0;
}
function admitsNewer(raw, newest) {
  try {
    const c = parseConstraint(raw);
    return ["patch", "minor", "major"].some(
      (bump) => c.check(import_semver2.default.inc(newest, bump) ?? newest)
    );
  } catch {
    return false;
  }
}
function admitsNextMajors(constraint, highest) {
  try {
    const c = parseConstraint(constraint);
    const next = import_semver2.default.inc(highest, "major");
    return !!next && c.check(next) && c.check(import_semver2.default.inc(next, "major") ?? next);
  } catch {
    return false;
  }
}
function resolveOne(release, knowledge) {
  const { version } = release;
  const span2 = version.node?.span ?? version.anchor;
  const base = { release, admitted: [], installed: void 0, exact: false, openAbove: false, anyMajor: false, span: span2 };
  const raw = version.raw?.trim();
  if (version.kind === "git") return { ...base, status: "git", constraint: raw ?? "" };
  if (raw && /\$\{[^}]*\}|\$[A-Za-z_]/.test(raw)) return { ...base, status: "variable", constraint: raw };
  const constraint = raw === void 0 || raw === "" ? "*" : raw;
  const versions = knowledge.charts.map((c) => c.version);
  const literal = version.field === "spec.ref.tag";
  let chosen;
  try {
    chosen = literal ? (() => {
      const hit = versions.find((v) => v === constraint.replace(/^v/, ""));
      return { admitted: hit ? [hit] : [], chosen: hit, exact: true };
    })() : chooseVersion(constraint, versions);
  } catch (e) {
    if (!(e instanceof ConstraintError)) throw e;
    return { ...base, status: "invalid", constraint, error: e.message };
  }
  const admitted = chosen.admitted.map((v) => knowledge.chartVersion(v)).filter((c) => !!c);
  const openAbove = literal ? !chosen.chosen && import_semver2.default.valid(import_semver2.default.coerce(constraint)) !== null && import_semver2.default.gt(import_semver2.default.coerce(constraint), knowledge.newest.version) : admitsNewer(constraint, knowledge.newest.version);
  const installed = chosen.chosen ? knowledge.chartVersion(chosen.chosen) : void 0;
  if (!installed)
    return {
      ...base,
      status: openAbove ? "unknown-version" : "no-match",
      constraint,
      admitted,
      openAbove,
      exact: chosen.exact
    };
  const anyMajor = !chosen.exact && (constraint.trim() === "*" || admitsNextMajors(constraint, installed.version));
  return {
    ...base,
    status: "resolved",
    constraint,
    admitted,
    installed,
    exact: chosen.exact,
    openAbove,
    anyMajor,
    runs: runsOf(release.values, installed, admitted)
  };
}
function resolveReleases(model, knowledge, mirrors, unresolved) {
  const out = [];
  const flux = runningFlux(model.fluxPins);
  for (const release of model.releases) {
    const falco = isFalcoChart(release, mirrors);
    if (falco === void 0) {
      unresolved.push({
        span: release.chart.span,
        why: { reason: "not-falcosecurity", release: release.title, url: release.chart.repoUrl ?? null }
      });
    }
    if (!falco) continue;
    const resolved = resolveOne(release, knowledge);
    out.push(
      release.tool === "flux" ? { ...resolved, api: { serving: serving(release.apiVersion, flux?.version), flux } } : resolved
    );
  }
  return out;
}

// src/engine/release-summary.ts
function note(r, knowledge) {
  const c = `"${r.constraint}"`;
  switch (r.status) {
    case "resolved": {
      const first = r.admitted[0].version;
      const last = r.admitted[r.admitted.length - 1].version;
      const admits = r.exact || r.admitted.length === 1 ? `${c} pins ${last}` : `${c} admits ${first} to ${last} (${r.admitted.length} versions), installs ${last}`;
      return r.openAbove ? `${admits}, or a version newer than helmvet knows (newest known ${knowledge.newest.version})` : admits;
    }
    case "unknown-version":
      return `${c} is newer than helmvet knows (newest known ${knowledge.newest.version})`;
    case "no-match":
      return `${c} matches no published chart version`;
    case "variable":
      return `${c} is substituted at deploy time; not resolved`;
    case "invalid":
      return `${c} is not a valid constraint`;
    case "git":
      return `chart from git${r.constraint ? ` at ${r.constraint}` : " (default branch)"}; its version is not pinned by a chart version`;
  }
}
function summarize2(r, knowledge) {
  const { line, column } = positionAt(r.span.file, r.span.start);
  const i = r.installed;
  const falco = r.runs?.falco;
  return {
    title: r.release.title,
    tool: r.release.tool,
    file: r.span.file.path,
    line,
    column,
    constraint: r.release.version.raw,
    status: r.status,
    note: note(r, knowledge),
    ...i ? {
      installed: {
        chart: i.version,
        falco: falco?.version ?? falco?.tag ?? i.falco,
        falcoPinned: falco?.pinned ?? false,
        containerPlugin: i.containerPlugin,
        k8smetaPlugin: i.k8smetaPlugin,
        driverKind: i.driverKind,
        imageFlavor: i.imageFlavor
      }
    } : {},
    openAbove: r.openAbove,
    admitted: {
      count: r.admitted.length,
      ...r.admitted.length ? { lowest: r.admitted[0].version, highest: r.admitted[r.admitted.length - 1].version } : {}
    }
  };
}

// src/engine/secrets.ts
var MIN = 4;
function strings2(node, out) {
  if (!node) return;
  if (node.kind === "scalar") {
    if (typeof node.value === "string" && node.value.length >= MIN) out.add(node.value);
  } else if (node.kind === "seq") node.items.forEach((i) => strings2(i, out));
  else for (const e of node.entries.values()) strings2(e.value, out);
}
function secretsOf(model) {
  const values = /* @__PURE__ */ new Set();
  for (const r of model.releases) for (const l of r.layers) if (l.file.sensitive) strings2(l.values, values);
  const parts = /* @__PURE__ */ new Set();
  for (const v of values) for (const p of v.split(/[\s/:=@,;?&#"'`]+/)) if (p.length >= MIN) parts.add(p);
  const longestFirst = (a, b) => b.length - a.length;
  return { values: [...values].sort(longestFirst), parts: [...parts].sort(longestFirst) };
}
var scrub = (text, secrets) => secrets.reduce((t, s) => t.includes(s) ? t.split(s).join("***") : t, text);
function scrubData(v, clean) {
  if (typeof v === "string") return clean(v);
  if (Array.isArray(v)) return v.map((x) => scrubData(x, clean));
  if (v && typeof v === "object")
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, scrubData(x, clean)]));
  return v;
}
function redact(findings, secrets) {
  if (!secrets.values.length) return [...findings];
  return findings.map((f) => {
    const clean = (t) => scrub(scrub(t, secrets.values), f.span.file.sensitive ? secrets.parts : []);
    const message = clean(f.message);
    const data = Object.fromEntries(Object.entries(f.data).map(([k, v]) => [k, scrubData(v, clean)]));
    const same = message === f.message && JSON.stringify(data) === JSON.stringify(f.data);
    return same ? f : { ...f, message, title: clean(f.title), why: clean(f.why), help: clean(f.help), data };
  });
}

// src/engine/suppressions.ts
var DIRECTIVE = /(^|\s)#\s*helmvet-disable(-next-line)?(?=\s|$)([^\n]*)/;
function parseSuppressions(file) {
  const out = [];
  const lines = file.text.split("\n");
  let offset = 0;
  lines.forEach((raw, index2) => {
    const start = offset;
    offset += raw.length + 1;
    const m = DIRECTIVE.exec(raw);
    if (!m) return;
    const at = start + m.index + m[1].length;
    const [list = "", reason] = m[3].replace(/\r$/, "").split(/\s--\s?/, 2);
    const rules = list.split(/[\s,]+/).filter(Boolean);
    const span2 = { file, start: at, end: start + raw.replace(/\r$/, "").length };
    if (m[2]) {
      let target = index2 + 1;
      while (target < lines.length && /^\s*(#.*)?\r?$/.test(lines[target])) target++;
      out.push({
        span: span2,
        kind: "next-line",
        rules,
        reason: reason?.trim() || void 0,
        line: target + 1,
        used: /* @__PURE__ */ new Set()
      });
    } else {
      const doc = file.documentRanges.find(([from, to]) => from <= at && at <= to);
      out.push({
        span: span2,
        kind: "rest",
        rules,
        reason: reason?.trim() || void 0,
        from: at,
        to: doc?.[1] ?? file.text.length,
        used: /* @__PURE__ */ new Set()
      });
    }
  });
  return out;
}
function covers(s, f) {
  if (!s.rules.includes(f.ruleId)) return false;
  if (s.kind === "next-line") return positionAt(f.span.file, f.span.start).line === s.line;
  return f.span.start >= s.from && f.span.start <= s.to;
}
function applySuppressions(findings, suppressions) {
  const kept = findings.filter((f) => {
    const s = suppressions.get(f.span.file)?.find((x) => covers(x, f));
    if (s) s.used.add(f.ruleId);
    return !s;
  });
  return { kept, all: [...suppressions.values()].flat() };
}

// src/engine/lint.ts
function repositoryRoots(cwd, paths, virtual = /* @__PURE__ */ new Set()) {
  const dirs = (paths.length ? paths : ["."]).map((p) => {
    const abs = resolve7(cwd, p);
    return virtual.has(abs) || existsSync2(abs) && statSync5(abs).isFile() ? dirname5(abs) : abs;
  });
  const git = gitRoot(dirs[0]);
  return [...new Set(git ? [git, ...dirs] : dirs)];
}
function reportedKnowledge(k) {
  const cache = k.sources.cache;
  return {
    newestChart: k.newest.version,
    date: k.date,
    bundled: k.sources.bundled,
    cache: cache ? { repoUrl: cache.repoUrl, fetchedAt: cache.fetchedAt, versions: cache.versions, newest: cache.newest } : null
  };
}
function checkOverridesReach(config, files, cwd) {
  if (!config.path || config.overrides.length === 0) return;
  const dir = dirname5(config.path);
  const outside = files.find((f) => {
    const rel = relative5(dir, f.absPath);
    return rel.startsWith("..") || isAbsolute2(rel);
  });
  if (!outside) return;
  const shown = (p) => relative5(cwd, p).split(sep4).join("/") || ".";
  throw new UsageError(
    `${outside.path} is outside the directory of ${shown(config.path)} (${shown(dir)}), whose overrides match only paths below it; lint from there, or pass -c with a config above the linted files`
  );
}
function readsInForce(options) {
  const off = (id) => (options.ruleOverrides?.[id] ?? options.config.rules[id]) === "off" && !options.config.overrides.some((o) => o.rules[id] && o.rules[id] !== "off");
  return RULES.filter((r) => !off(r.meta.id)).flatMap((r) => r.meta.reads ?? []);
}
function analyse(options) {
  const knowledge = options.knowledge ?? loadKnowledge();
  const skipped = [];
  const virtual = new Set(options.overlay?.keys());
  const given = discover(options.paths, {
    cwd: options.cwd,
    ignorePatterns: options.config.ignore,
    skipped: (s) => skipped.push(s),
    virtual
  });
  checkOverridesReach(options.config, given, options.cwd);
  const roots = repositoryRoots(options.cwd, options.paths, virtual);
  const store = new FileStore(options.cwd, roots, options.overlay);
  const onlyFiles = options.paths.length > 0 && options.paths.every((p) => virtual.has(resolve7(options.cwd, p)) || statSync5(resolve7(options.cwd, p)).isFile());
  const cache = onlyFiles && gitRoot(roots[0]) ? SummaryCache.forRoot(roots[0], cacheDir()) : void 0;
  const context = cache ? contextFiles(given, roots[0], {
    cache,
    cwd: options.cwd,
    ignorePatterns: options.config.ignore,
    talosVersionsMatter: talosVersionsMatter(knowledge),
    reads: readsInForce(options),
    ...options.overlay ? { overlay: options.overlay } : {}
  }) : [];
  cache?.save();
  const found = [...given, ...context];
  function* files() {
    for (const f of found) {
      const file = store.load(f.absPath);
      if (file) yield file;
    }
  }
  const model = buildModel(files(), store);
  const releases = resolveReleases(model, knowledge, options.config.mirrors, model.unresolved);
  return {
    store,
    model,
    releases,
    images: resolveImages(model, releases),
    knowledge,
    skipped,
    ...onlyFiles ? { named: new Set(given.map((f) => store.canonical(f.absPath))) } : {}
  };
}
function runRule(rule, analysis, out) {
  rule.check({
    model: analysis.model,
    releases: analysis.releases,
    images: analysis.images,
    knowledge: analysis.knowledge,
    store: analysis.store,
    report: (f) => out.push(toFinding(rule, f))
  });
}
var order = (a, b) => compareText(a.span.file.path, b.span.file.path) || a.span.start - b.span.start || severityRank[b.severity] - severityRank[a.severity] || a.span.end - b.span.end || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message);
function lint(options) {
  return lintAnalysis(analyse(options), options);
}
function lintAnalysis(analysis, options) {
  const raw = [];
  for (const rule of RULES) runRule(rule, analysis, raw);
  const named = analysis.named;
  const reported = (file) => !named || named.has(file.absPath);
  const unique = new Map(
    raw.filter((f) => reported(f.span.file)).map((f) => [
      `${f.ruleId}\0${f.span.file.absPath}\0${f.span.start}\0${f.span.end}\0${f.messageId}\0${JSON.stringify(f.data)}`,
      f
    ])
  );
  const suppressions = /* @__PURE__ */ new Map();
  for (const file of /* @__PURE__ */ new Set([
    ...analysis.model.files.filter(reported),
    ...[...unique.values()].map((f) => f.span.file)
  ])) {
    const list = parseSuppressions(file);
    if (list.length) suppressions.set(file, list);
  }
  const { kept, all } = applySuppressions([...unique.values()], suppressions);
  const unusedRule = RULES_BY_ID.get("helmvet/unused-suppression");
  for (const s of all) {
    const unknown = s.rules.filter((id) => !RULES_BY_ID.has(id));
    const unused = s.rules.filter((id) => RULES_BY_ID.has(id) && !s.used.has(id));
    const where = s.kind === "next-line" ? s.line ?? null : null;
    if (s.rules.length === 0) kept.push(toFinding(unusedRule, { span: s.span, messageId: "noRule", data: {} }));
    else if (unknown.length)
      kept.push(
        toFinding(unusedRule, {
          span: s.span,
          messageId: "unknownRule",
          data: { rules: unknown, suggestion: didYouMean(unknown[0], [...RULES_BY_ID.keys()]) ?? null }
        })
      );
    else if (unused.length)
      kept.push(toFinding(unusedRule, { span: s.span, messageId: "unused", data: { rules: unused, line: where } }));
  }
  const configDir = options.config.path ? dirname5(options.config.path) : options.cwd;
  const findings = [];
  for (const f of redact(kept, secretsOf(analysis.model))) {
    const rel = relative5(configDir, f.span.file.absPath).split(sep4).join("/");
    const setting = options.ruleOverrides?.[f.ruleId] ?? ruleSetting(options.config, f.ruleId, rel);
    if (setting === "off") continue;
    findings.push(setting ? { ...f, severity: setting } : f);
  }
  findings.sort(order);
  const templates = analysis.model.files.filter((f) => f.template && reported(f)).length;
  return {
    files: (named ? named.size : analysis.model.files.length + analysis.store.problems.length) - templates,
    templates,
    skipped: analysis.skipped,
    findings,
    // With named files, the deployments they take part in.
    releases: analysis.releases.filter(
      (r) => !named || named.has(r.span.file.absPath) || named.has(r.release.object.file.absPath) || r.release.layers.some((l) => named.has(l.file.absPath))
    ).map((r) => summarize2(r, analysis.knowledge)),
    knowledge: reportedKnowledge(analysis.knowledge),
    rules: RULES.map((r) => r.meta),
    tool: { name: "helmvet", version: VERSION }
  };
}

export {
  UsageError,
  gitRoot,
  analyse,
  lint,
  lintAnalysis
};
