import { createRequire as __helmvetCreateRequire } from 'node:module'; const require = __helmvetCreateRequire(import.meta.url);
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-ZECVGOWP.js";

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index2 = R++;
      debug(name, index2, value);
      t[name] = index2;
      src[index2] = value;
      safeSrc[index2] = safe;
      re[index2] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index2] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version2, options) {
        options = parseOptions(options);
        if (version2 instanceof _SemVer) {
          if (version2.loose === !!options.loose && version2.includePrerelease === !!options.includePrerelease) {
            return version2;
          } else {
            version2 = version2.version;
          }
        } else if (typeof version2 !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version2}".`);
        }
        if (version2.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version2, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version2.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version2}`);
        }
        this.raw = version2;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse2 = (version2, options, throwErrors = false) => {
      if (version2 instanceof SemVer) {
        return version2;
      }
      try {
        return new SemVer(version2, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse2;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var valid = (version2, options) => {
      const v = parse2(version2, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var clean = (version2, options) => {
      const s = parse2(version2.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var inc = (version2, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version2 instanceof SemVer ? version2.version : version2,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    };
    module.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse2(version1, null, true);
      const v22 = parse2(version2, null, true);
      const comparison = v1.compare(v22);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v22;
      const lowVersion = v1Higher ? v22 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v22.major) {
        return prefix + "major";
      }
      if (v1.minor !== v22.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v22.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var prerelease = (version2, options) => {
      const parsed = parse2(version2, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare2 = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare2;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var rcompare = (a, b, loose) => compare2(b, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var compareLoose = (a, b) => compare2(a, b, true);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a, b, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list2, loose) => list2.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list2, loose) => list2.sort((a, b) => compareBuild(b, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var gt = (a, b, loose) => compare2(a, b, loose) > 0;
    module.exports = gt;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var lt = (a, b, loose) => compare2(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var eq = (a, b, loose) => compare2(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var neq = (a, b, loose) => compare2(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var gte = (a, b, loose) => compare2(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var lte = (a, b, loose) => compare2(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse2 = require_parse();
    var { safeRe: re, t } = require_re();
    var coerce = (version2, options) => {
      if (version2 instanceof SemVer) {
        return version2;
      }
      if (typeof version2 === "number") {
        version2 = String(version2);
      }
      if (typeof version2 !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version2.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version2)) && (!match || match.index + match[0].length !== version2.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse2(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var constants = require_constants();
    var SemVer = require_semver();
    var truncate = (version2, truncation, options) => {
      if (!constants.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version2, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version2, options) => {
      const versionStringToParse = version2 instanceof SemVer ? version2.version : version2;
      return parse2(versionStringToParse, options);
    };
    var doTruncation = (version2, truncation) => {
      if (isPrerelease(truncation)) {
        return version2.version;
      }
      version2.prerelease = [];
      switch (truncation) {
        case "major":
          version2.minor = 0;
          version2.patch = 0;
          break;
        case "minor":
          version2.patch = 0;
          break;
      }
      return version2.format();
    };
    var isPrerelease = (type) => {
      return type.startsWith("pre");
    };
    module.exports = truncate;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version2) {
        if (!version2) {
          return false;
        }
        if (typeof version2 === "string") {
          try {
            version2 = new SemVer(version2, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version2, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX2 = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX2(M) && !isX2(m) || isX2(m) && p && !isX2(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX2(M)) {
          ret = "";
        } else if (isX2(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX2(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX2(M)) {
          ret = "";
        } else if (isX2(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX2(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX2(M);
        const xm = xM || isX2(m);
        const xp = xm || isX2(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX2(fM)) {
        from = "";
      } else if (isX2(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX2(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX2(tM)) {
        to = "";
      } else if (isX2(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX2(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version2, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version2)) {
          return false;
        }
      }
      if (version2.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version2.major && allowed.minor === version2.minor && allowed.patch === version2.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version2) {
        debug("Comparator.test", version2, this.options.loose);
        if (this.semver === ANY || version2 === ANY) {
          return true;
        }
        if (typeof version2 === "string") {
          try {
            version2 = new SemVer(version2, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version2, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies = (version2, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version2);
    };
    module.exports = satisfies;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying = (versions, range, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
            maxSV = new SemVer(max, options);
          }
        }
      });
      return max;
    };
    module.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    };
    module.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var gt = require_gt();
    var minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range.test(minver)) {
        return minver;
      }
      return null;
    };
    module.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies = require_satisfies();
    var gt = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version2, range, hilo, options) => {
      version2 = new SemVer(version2, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version2, range, options)) {
        return false;
      }
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version2, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version2, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var gtr = (version2, range, options) => outside(version2, range, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var ltr = (version2, range, options) => outside(version2, range, "<", options);
    module.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var intersects = (r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    };
    module.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports, module) {
    "use strict";
    var satisfies = require_satisfies();
    var compare2 = require_compare();
    module.exports = (versions, range, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a, b) => compare2(a, b, options));
      for (const version2 of v) {
        const included = satisfies(version2, range, options);
        if (included) {
          prev = version2;
          if (!first) {
            first = version2;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges2 = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges2.push(min);
        } else if (!max && min === v[0]) {
          ranges2.push("*");
        } else if (!max) {
          ranges2.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges2.push(`<=${max}`);
        } else {
          ranges2.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges2.join(" || ");
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies = require_satisfies();
    var compare2 = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt = higherGT(gt, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt && lt) {
        gtltComp = compare2(gt.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt && !satisfies(eq, String(gt), options)) {
          return null;
        }
        if (lt && !satisfies(eq, String(lt), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt, c, options);
            if (higher === c && higher !== gt) {
              return false;
            }
          } else if (gt.operator === ">=" && !c.test(gt.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare2(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    };
    var lowerLT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare2(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports, module) {
    "use strict";
    var internalRe = require_re();
    var constants = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse2 = require_parse();
    var valid = require_valid();
    var clean = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare2 = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt = require_gt();
    var lt = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module.exports = {
      parse: parse2,
      valid,
      clean,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare: compare2,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt,
      lt,
      eq,
      neq,
      gte,
      lte,
      cmp,
      coerce,
      truncate,
      Comparator,
      Range,
      satisfies,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR2 = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR2;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR2:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar5(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR2;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap5;
    exports.isNode = isNode;
    exports.isPair = isPair3;
    exports.isScalar = isScalar5;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit4(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit4.BREAK = BREAK;
    visit4.SKIP = SKIP;
    visit4.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit4;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit4 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version2] = parts;
            if (version2 === "1.1" || version2 === "1.2") {
              this.yaml.version = version2;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version2);
              onError(6, `Unsupported YAML version ${version2}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit4.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit4 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit4.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit4 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit4.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str += "\\x" + code2.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir2 = doc.directives.toString(doc);
        if (dir2) {
          lines.push(dir2);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version: version2 } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version2 = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version: version2 });
        this.setSchema(version2, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version2, options = {}) {
        if (typeof version2 === "number")
          version2 = String(version2);
        let opt;
        switch (version2) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version2;
            else
              this.directives = new directives.Directives({ version: version2 });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version2);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError2 = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError2;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep3 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap5 = fc.start.source === "{";
      const fcName = isMap5 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap5 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap5 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap5 && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap5 && !props.found && ctx.options.strict) {
              if (sep3)
                for (const st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap5) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap5 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep3 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep3)
        for (const st of sep3)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit4(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit4.BREAK = BREAK;
    visit4.SKIP = SKIP;
    visit4.REMOVE = REMOVE;
    visit4.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index2] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index2];
        } else
          return void 0;
      }
      return item;
    };
    visit4.parentCollection = (cst, path) => {
      const parent = visit4.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit4;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR2 = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar5 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR2:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR2:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR2;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar5;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer2 = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer2;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep3;
          if (scalar.end) {
            sep3 = scalar.end;
            sep3.push(this.sourceToken);
            delete scalar.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep3 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit4 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit4.visit;
    exports.visitAsync = visit4.visitAsync;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/rules/falco/base-syscalls-repair.ts
var import_semver = __toESM(require_semver2(), 1);

// src/model/values.ts
var import_yaml = __toESM(require_dist(), 1);
var fileLocator = (file) => ({ file, span: (start, end) => ({ file, start, end }) });
var MAX_VALUE_NODES = 2e5;
var ValuesTooLargeError = class extends Error {
};
var aliasTargets = /* @__PURE__ */ new WeakMap();
function aliasTarget(doc, alias) {
  let targets = aliasTargets.get(doc);
  if (!targets) {
    const found = /* @__PURE__ */ new Map();
    const anchors = /* @__PURE__ */ new Map();
    (0, import_yaml.visit)(doc, {
      Node(_, node) {
        if ((0, import_yaml.isAlias)(node)) found.set(node, anchors.get(node.source));
        else if (node.anchor) anchors.set(node.anchor, node);
      }
    });
    aliasTargets.set(doc, targets = found);
  }
  return targets.get(alias);
}
var pruned = (w, path) => w.prune.some((p) => p.length === path.length && p.every((k, i) => k === path[i]));
function spanOf(node, w, fallback) {
  const range = node.range;
  return range ? w.at.span(range[0], range[1]) : fallback;
}
var MAX_KEY_TEXT = 100;
function collectionKey(node) {
  let out = "";
  const put = (s) => (out += s).length < MAX_KEY_TEXT;
  const write = (n) => {
    if ((0, import_yaml.isScalar)(n)) return put(String(n.value));
    if ((0, import_yaml.isAlias)(n)) return put(`*${n.source}`);
    if ((0, import_yaml.isSeq)(n)) return put("[") && n.items.every((item, i) => (i === 0 || put(", ")) && write(item)) && put("]");
    if ((0, import_yaml.isMap)(n)) return put("{") && n.items.every((pair, i) => (i === 0 || put(", ")) && write(pair.key) && put(": ") && write(pair.value)) && put("}");
    return put("");
  };
  write(node);
  return out.length > MAX_KEY_TEXT ? `${out.slice(0, MAX_KEY_TEXT)}\u2026` : out;
}
function convert(node, w, fallback, path = []) {
  if (--w.budget < 0) throw new ValuesTooLargeError(`more than ${MAX_VALUE_NODES} values after alias expansion`);
  if (node == null) return { kind: "scalar", value: null, source: "", span: fallback };
  if ((0, import_yaml.isAlias)(node)) {
    const target = aliasTarget(w.doc, node);
    if (!target || w.resolving.has(target)) return { kind: "scalar", value: null, source: "", span: spanOf(node, w, fallback) };
    w.resolving.add(target);
    try {
      return { ...convert(target, w, fallback, path), alias: spanOf(node, w, fallback) };
    } finally {
      w.resolving.delete(target);
    }
  }
  const span2 = spanOf(node, w, fallback);
  if ((0, import_yaml.isMap)(node)) {
    const entries = /* @__PURE__ */ new Map();
    const merged2 = [];
    for (const pair of node.items) {
      if (!(0, import_yaml.isPair)(pair)) continue;
      const keyNode = pair.key;
      const keySpan = keyNode ? spanOf(keyNode, w, span2) : span2;
      if ((0, import_yaml.isScalar)(keyNode) && (typeof keyNode.value === "symbol" || keyNode.value === "<<")) {
        const value = convert(pair.value, w, keySpan);
        if (value.kind === "map") merged2.push(value);
        else if (value.kind === "seq") merged2.push(...value.items.filter((i) => i.kind === "map"));
        continue;
      }
      const key = (0, import_yaml.isScalar)(keyNode) ? String(keyNode.value) : keyNode ? collectionKey(keyNode) : "";
      if (w.prune.length && pruned(w, [...path, key])) continue;
      entries.set(key, { key, keySpan, value: convert(pair.value, w, keySpan, w.prune.length ? [...path, key] : path) });
    }
    for (const m of merged2) for (const [k, e] of m.entries) if (!entries.has(k)) entries.set(k, e);
    return { kind: "map", entries, span: span2, ...node.flow ? { flow: true } : {} };
  }
  if ((0, import_yaml.isSeq)(node)) return { kind: "seq", items: node.items.map((i) => convert(i, w, span2)), span: span2, ...node.flow ? { flow: true } : {} };
  if ((0, import_yaml.isScalar)(node)) {
    const v = node.value;
    const value = v === null || v === void 0 ? null : typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : node.source ?? null;
    return { kind: "scalar", value, source: node.source ?? String(value), span: span2, ...node.type ? { style: node.type } : {} };
  }
  return { kind: "scalar", value: null, source: "", span: span2 };
}
function toValues(node, doc, at2, prune = []) {
  const whole = at2.span(0, 0);
  return convert(node, { doc, at: at2, budget: MAX_VALUE_NODES, resolving: /* @__PURE__ */ new Set(), prune }, whole);
}
function child(node, key) {
  return node?.kind === "map" ? node.entries.get(key)?.value : void 0;
}
function entryAt(node, path) {
  let current = node;
  let entry;
  for (const key of path) {
    if (current?.kind !== "map") return void 0;
    entry = current.entries.get(key);
    if (!entry) return void 0;
    current = entry.value;
  }
  return entry;
}
function valueAt(node, path) {
  return path.length === 0 ? node : entryAt(node, path)?.value;
}
function scalarAt(node, path) {
  const v = valueAt(node, path);
  return v?.kind === "scalar" ? v : void 0;
}
function stringAt(node, path) {
  const s = scalarAt(node, path);
  return s && s.value !== null ? s.source && typeof s.value !== "string" ? s.source : String(s.value) : void 0;
}
function boolAt(node, path) {
  const v = scalarAt(node, path)?.value;
  return typeof v === "boolean" ? v : void 0;
}
function mergeValues(base, over) {
  if (base?.kind !== "map" || over.kind !== "map") return over;
  const entries = new Map(base.entries);
  for (const [key, entry] of over.entries) {
    const prior = entries.get(key);
    entries.set(key, prior ? { ...entry, value: mergeValues(prior.value, entry.value) } : entry);
  }
  return { kind: "map", entries, span: over.span };
}
function setPath(base, path, value, keySpan) {
  const [head, ...rest] = path;
  if (head === void 0) return value;
  const map = base?.kind === "map" ? { ...base, entries: new Map(base.entries) } : { kind: "map", entries: /* @__PURE__ */ new Map(), span: keySpan };
  const prior = map.entries.get(head);
  map.entries.set(head, { key: head, keySpan: prior?.keySpan ?? keySpan, value: setPath(prior?.value, rest, value, keySpan) });
  return map;
}
function toPlain(node) {
  if (!node) return void 0;
  if (node.kind === "scalar") return node.value;
  if (node.kind === "seq") return node.items.map(toPlain);
  return Object.fromEntries([...node.entries.values()].map((e) => [e.key, toPlain(e.value)]));
}

// src/rules/create-rule.ts
var DOCS_BASE = "https://github.com/helmvet/helmvet/blob/main/docs/rules/";
var docsUrl = (id) => `${DOCS_BASE}${id}.md`;
function createRule(meta, check3) {
  return { meta: { ...meta, docsUrl: docsUrl(meta.id) }, check: check3 };
}

// src/rules/falco/base-syscalls-repair.ts
var base_syscalls_repair_default = createRule(
  {
    id: "falco/base-syscalls-repair",
    title: "Falco traces more syscalls than it needs: base_syscalls.repair is off",
    severity: "info",
    fixable: false,
    references: ["https://github.com/falcosecurity/falco/pull/2457", "https://github.com/falcosecurity/falco/blob/master/falco.yaml"]
  },
  (ctx) => {
    for (const r of ctx.releases) {
      const falco = r.status === "resolved" ? r.installed?.falco : void 0;
      if (!falco || import_semver.default.lt(falco, "0.35.0")) continue;
      const values = r.release.values;
      const repair = entryAt(values, ["falco", "base_syscalls", "repair"]);
      if (repair?.value.kind === "scalar" && repair.value.value === true) continue;
      const custom = valueAt(values, ["falco", "base_syscalls", "custom_set"]);
      const positive = custom?.kind === "seq" && custom.items.some((i) => i.kind === "scalar" && typeof i.value === "string" && !i.value.startsWith("!"));
      if (positive) {
        ctx.report({
          span: entryAt(values, ["falco", "base_syscalls", "custom_set"]).keySpan,
          severity: "warning",
          message: `falco.base_syscalls.custom_set names syscalls while repair is off: those replace the syscalls Falco's state engine needs (process, fd and user tracking), so rule fields can be missing or stale; set falco.base_syscalls.repair: true to add back only what the state engine needs`
        });
        continue;
      }
      ctx.report({
        span: repair?.value.span ?? r.span,
        message: `Falco ${falco} traces its full state-engine syscall set because falco.base_syscalls.repair is ${repair ? "false" : "not set"}; repair: true adds only the syscalls the loaded rules need ("the most system resource-friendly" mode, falco.yaml), lowering CPU and drops; set falco.base_syscalls.repair: true, or turn this advice off`
      });
    }
  }
);

// src/rules/falco/cpu-limit.ts
function millicores(q) {
  const s = String(q.value).trim();
  const m = /^(\d+(?:\.\d+)?)(m?)$/.exec(s);
  if (!m) return void 0;
  return m[2] ? Number(m[1]) : Number(m[1]) * 1e3;
}
var cpu_limit_default = createRule(
  {
    id: "falco/cpu-limit",
    title: "A Falco CPU limit low enough to drop syscall events",
    severity: "info",
    fixable: false,
    references: ["https://github.com/falcosecurity/charts/pull/199", "https://github.com/falcosecurity/falco/issues/3630"]
  },
  (ctx) => {
    for (const r of ctx.releases) {
      const limit = scalarAt(r.release.values, ["resources", "limits", "cpu"]);
      const m = limit && millicores(limit);
      if (!limit || m === void 0 || m >= 1e3) continue;
      ctx.report({
        span: limit.span,
        message: `a CPU limit of ${String(limit.value)} throttles Falco under load, and a throttled Falco drops syscall events (the chart raised its default from 200m to 1000m for this, charts#199); keep 1000m or more, and if Falco sits at its limit check for the container plugin busy loop (falco#3630) before raising it`
      });
    }
  }
);

// src/knowledge/drivers.ts
var import_semver2 = __toESM(require_semver2(), 1);
var DRIVER_ALIASES = { module: "kmod", "modern-bpf": "modern_ebpf" };
var ANY_DRIVER_KIND = /* @__PURE__ */ new Set(["module", "ebpf", "modern-bpf", "kmod", "modern_ebpf", "gvisor", "auto"]);
function driverKindVerdict(kind, chart) {
  if (import_semver2.default.lt(chart, "2.0.0")) return { kind: "ok" };
  if (import_semver2.default.lt(chart, "4.0.0")) {
    const supported2 = import_semver2.default.lt(chart, "3.0.0") ? ["module", "ebpf"] : ["module", "ebpf", "modern-bpf"];
    return supported2.includes(kind) ? { kind: "ok" } : { kind: "ignored", supported: supported2, fallback: "the kernel module (the driver loader builds it and Falco starts without a driver flag)" };
  }
  const supported = import_semver2.default.lt(chart, "4.4.0") ? ["kmod", "ebpf", "modern_ebpf", "gvisor"] : import_semver2.default.lt(chart, "9.0.0") ? ["kmod", "ebpf", "modern_ebpf", "gvisor", "auto"] : ["kmod", "modern_ebpf", "auto"];
  if (DRIVER_ALIASES[kind]) return { kind: "alias", replacement: DRIVER_ALIASES[kind] };
  if (!supported.includes(kind)) return { kind: "render-fails", supported };
  if ((kind === "ebpf" || kind === "gvisor") && import_semver2.default.gte(chart, "8.0.0")) return { kind: "deprecated", since: "Falco 0.43.0" };
  return { kind: "ok" };
}
var DRIVER_NAMES = new Map([...ANY_DRIVER_KIND].map((k) => [k, DRIVER_ALIASES[k] ?? k]));
var EBPF_DRIVERS = /* @__PURE__ */ new Set(["modern_ebpf", "ebpf", "auto"]);
function effectiveDriver(values, chart, candidates = []) {
  const legacy = chart && import_semver2.default.lt(chart.version, "2.0.0");
  if (legacy) {
    const ebpf = scalarAt(values, ["ebpf", "enabled"]);
    return ebpf?.value === true ? { kind: "ebpf", written: ebpf, field: "ebpf.enabled", value: ebpf.source, defaultOf: void 0 } : void 0;
  }
  if (boolAt(values, ["driver", "enabled"]) === false) return void 0;
  const written = scalarAt(values, ["driver", "kind"]);
  if (written && written.value !== null) {
    const kind2 = typeof written.value === "string" ? DRIVER_NAMES.get(written.value) : void 0;
    if (!kind2 || kind2 === "auto" && chart && import_semver2.default.lt(chart.version, "4.4.0")) return void 0;
    return { kind: kind2, written, field: "driver.kind", value: written.source, defaultOf: void 0 };
  }
  const defaults = chart ? [chart] : candidates;
  const kinds = [...new Set(defaults.map((c) => c.driverKind))];
  const value = kinds.length === 1 ? kinds[0] : void 0;
  const kind = value ? DRIVER_NAMES.get(value) : void 0;
  if (!kind || !value) return void 0;
  const defaultOf = chart ? chart.version : `${defaults[0].version} to ${defaults[defaults.length - 1].version}`;
  return { kind, written: void 0, field: "driver.kind", value, defaultOf };
}
var DRIVER_WHAT = {
  modern_ebpf: "the modern eBPF probe",
  ebpf: "the legacy eBPF probe",
  auto: "the modern eBPF probe (falcoctl picks it first)",
  kmod: "the Falco kernel module",
  gvisor: "no kernel driver"
};

// src/rules/falco/driver-kind.ts
var list = (kinds) => kinds.join(", ");
function check(ctx, values, chart) {
  const node = scalarAt(values, ["driver", "kind"]);
  if (!node || typeof node.value !== "string" || boolAt(values, ["driver", "enabled"]) === false) return;
  const kind = node.value;
  if (!chart) {
    if (!ANY_DRIVER_KIND.has(kind)) ctx.report({ span: node.span, message: `driver.kind "${kind}" is not a driver any falco chart knows (${list([...ANY_DRIVER_KIND])}); use modern_ebpf, kmod or auto` });
    return;
  }
  const v = driverKindVerdict(kind, chart);
  switch (v.kind) {
    case "ok":
      return;
    case "alias":
      ctx.report({
        span: node.span,
        severity: "warning",
        message: `driver.kind "${kind}" is an old alias of "${v.replacement}" that chart ${chart} still maps but warns "might be removed in the future"; write "${v.replacement}"`,
        fix: { kind: "safe", description: `driver.kind: ${v.replacement}` }
      });
      return;
    case "deprecated":
      ctx.report({
        span: node.span,
        severity: "warning",
        message: `driver.kind "${kind}" is deprecated in ${v.since} (chart ${chart}) and removed in Falco 0.44.0: chart 9 refuses to render with it; move to modern_ebpf${kind === "ebpf" ? " (or kmod)" : ""} before upgrading`
      });
      return;
    case "render-fails":
      ctx.report({
        span: node.span,
        message: kind === "ebpf" || kind === "gvisor" ? `driver.kind "${kind}" was removed in Falco 0.44.0: chart ${chart} fails to render ("The following chart configuration is no longer supported"); use modern_ebpf${kind === "ebpf" ? " (or kmod)" : ""}` : `driver.kind "${kind}" is not supported by chart ${chart}, so the chart fails to render ("unsupported driver kind"); it accepts ${list(v.supported)}`
      });
      return;
    case "ignored":
      ctx.report({
        span: node.span,
        message: `chart ${chart} knows driver.kind ${list(v.supported)} only: with "${kind}" none of its driver settings apply and Falco runs with ${v.fallback}; use one of those, or upgrade the chart`
      });
  }
}
var driver_kind_default = createRule(
  {
    id: "falco/driver-kind",
    title: "A driver.kind the chart version in use rejects, ignores, deprecates or knows only as an alias",
    severity: "error",
    fixable: true,
    references: ["https://github.com/falcosecurity/falco/pull/3796", "https://github.com/falcosecurity/charts/blob/master/charts/falco/BREAKING-CHANGES.md"]
  },
  (ctx) => {
    for (const r of ctx.releases) check(ctx, r.release.values, r.status === "resolved" ? r.installed?.version : void 0);
    for (const s of ctx.model.standaloneValues) check(ctx, s.values, void 0);
  }
);

// src/rules/falco/invalid-chart-version.ts
var invalid_chart_version_default = createRule(
  {
    id: "falco/invalid-chart-version",
    title: "A falco chart version constraint that is invalid or matches no published version",
    severity: "error",
    fixable: false,
    references: ["https://github.com/Masterminds/semver#checking-version-constraints", "https://fluxcd.io/flux/components/source/helmcharts/#version"]
  },
  (ctx) => {
    for (const r of ctx.releases) {
      if (r.status === "invalid") {
        ctx.report({ span: r.span, message: `"${r.constraint}" is not a valid version constraint: ${r.error ?? "syntax error"}; Flux and Argo CD reject it, so the release does not install` });
      } else if (r.status === "no-match") {
        ctx.report({ span: r.span, message: `"${r.constraint}" matches no published falco chart version (they run from 1.1.8 to ${ctx.knowledge.newest.version}), so the release cannot install; pick a published version` });
      }
    }
  }
);

// src/rules/falco/k8s-metadata-node-filter.ts
var import_semver3 = __toESM(require_semver2(), 1);
var REFERENCES = ["https://github.com/falcosecurity/falco/issues/778", "https://github.com/falcosecurity/libs/issues/43"];
function checkPluginEntries(ctx, values) {
  const plugins = valueAt(values, ["falco", "plugins"]);
  const loaded = valueAt(values, ["falco", "load_plugins"]);
  const isLoaded = loaded?.kind === "seq" && loaded.items.some((i) => i.kind === "scalar" && i.value === "k8smeta");
  for (const p of plugins?.kind === "seq" ? plugins.items : []) {
    if (stringAt(p, ["name"]) !== "k8smeta" || !isLoaded) continue;
    const init = valueAt(p, ["init_config"]);
    if (init?.kind !== "map") continue;
    const node = entryAt(init, ["nodeName"]);
    if (!node) {
      ctx.report({
        span: entryAt(p, ["init_config"])?.keySpan ?? p.span,
        severity: "error",
        message: 'this k8smeta plugin has no init_config.nodeName: the plugin requires it, so Falco fails to start ("error in plugin k8smeta init config"); set nodeName: "${FALCO_K8S_NODE_NAME}", which the chart fills from spec.nodeName',
        references: REFERENCES
      });
    } else if (node.value.kind === "scalar" && typeof node.value.value === "string" && !node.value.value.includes("${")) {
      ctx.report({
        span: node.value.span,
        severity: "warning",
        message: `k8smeta nodeName is the literal "${node.value.value}": the metadata collector sends each Falco pod the pods of that node only, so every other node's events get no pod metadata; set nodeName: "\${FALCO_K8S_NODE_NAME}", which the chart fills from spec.nodeName`,
        references: REFERENCES
      });
    }
  }
}
var k8s_metadata_node_filter_default = createRule(
  {
    id: "falco/k8s-metadata-node-filter",
    title: "Kubernetes metadata collected without a node filter, or with the wrong node",
    severity: "warning",
    fixable: false,
    references: REFERENCES
  },
  (ctx) => {
    for (const r of ctx.releases) {
      const values = r.release.values;
      const chart = r.status === "resolved" ? r.installed?.version : void 0;
      if (chart && import_semver3.default.gte(chart, "2.0.0") && import_semver3.default.lt(chart, "4.0.0")) {
        const filter = entryAt(values, ["collectors", "kubernetes", "enableNodeFilter"]);
        const on = boolAt(values, ["collectors", "enabled"]) !== false && boolAt(values, ["collectors", "kubernetes", "enabled"]) !== false;
        if (on && filter?.value.kind === "scalar" && filter.value.value === false) {
          ctx.report({
            span: filter.value.span,
            message: `collectors.kubernetes.enableNodeFilter: false drops --k8s-node from Falco's arguments (chart ${chart}), so every Falco pod lists and watches every pod in the cluster: API server load and memory grow with the cluster, and large clusters hit the 30 MB read limit (falco#778); remove it (the default is true)`
          });
        }
      }
      checkPluginEntries(ctx, values);
    }
    for (const s of ctx.model.standaloneValues) checkPluginEntries(ctx, s.values);
  }
);

// src/rules/falco/open-version-range.ts
var import_semver4 = __toESM(require_semver2(), 1);
var open_version_range_default = createRule(
  {
    id: "falco/open-version-range",
    title: "A falco chart version that lets any new major in unreviewed",
    severity: "warning",
    fixable: false,
    references: ["https://github.com/falcosecurity/charts/blob/master/charts/falco/BREAKING-CHANGES.md", "https://fluxcd.io/flux/components/source/helmcharts/#version"]
  },
  (ctx) => {
    for (const r of ctx.releases) {
      const { version: version2 } = r.release;
      const where2 = `${r.release.title}`;
      if (r.status === "git") {
        const rev = version2.raw;
        if (rev === void 0 || rev === "" || /^(HEAD|main|master)$/.test(rev)) {
          ctx.report({
            span: r.span,
            message: `${where2} takes the falco chart from the ${rev ? `${rev} branch` : "default branch"} of ${r.release.chart.repoUrl ?? "its git repository"}: every new chart version, majors that break values included, deploys without review; use the Helm repository with a pinned version, or pin a git tag`
          });
        }
        continue;
      }
      if (r.status !== "resolved" || !r.anyMajor || !r.installed) continue;
      ctx.report({
        span: r.span,
        message: `${version2.raw === void 0 ? `${where2} has no ${version2.field}, so it` : `"${r.constraint}"`} admits every future major of the falco chart: a new major (they rename and remove values, e.g. 7.0.0 and 9.0.0) deploys without review; bound it, e.g. ">=${import_semver4.default.major(r.installed.version)}.0.0 <${import_semver4.default.major(r.installed.version) + 1}.0.0"`
      });
    }
  }
);

// src/knowledge/migrations.ts
var CHARTS = "https://github.com/falcosecurity/charts";
var commit = (sha) => `${CHARTS}/commit/${sha}`;
var falcoCommit = (sha) => `https://github.com/falcosecurity/falco/commit/${sha}`;
var V2_CHANGELOG = `${CHARTS}/blob/falco-2.0.0/falco/CHANGELOG.md`;
var BREAKING = `${CHARTS}/blob/falco-9.1.0/charts/falco/BREAKING-CHANGES.md`;
var v2 = (from, to, transform, note) => ({
  from,
  since: "2.0.0",
  ...to ? { to } : {},
  transform,
  effect: "ignored",
  ...note ? { note } : {},
  sources: [V2_CHANGELOG]
});
var v2Falco = (camel, snake) => v2(`falco.${camel}`, `falco.${snake}`, "camel-to-snake");
var CONTAINER_ENGINES_7 = [commit("dcc98894fe3538c295d91d01403cb90ae8e2f925"), BREAKING];
var LEGACY_COLLECTOR_BREAKS = "the container plugin runs with the collectors.containerEngine defaults, not with this engine setting";
var legacyCollector = (old, engine) => [
  {
    from: `collectors.${old}`,
    since: "7.0.0",
    to: `collectors.containerEngine.engines.${engine}`,
    transform: "each-key",
    effect: "ignored",
    breaks: LEGACY_COLLECTOR_BREAKS,
    sources: CONTAINER_ENGINES_7
  },
  { from: `collectors.${old}.enabled`, since: "7.0.0", to: `collectors.containerEngine.engines.${engine}.enabled`, transform: "move", effect: "ignored", sources: CONTAINER_ENGINES_7 },
  { from: `collectors.${old}.socket`, since: "7.0.0", to: `collectors.containerEngine.engines.${engine}.sockets`, transform: "socket-to-sockets", effect: "ignored", sources: CONTAINER_ENGINES_7 }
];
var METRICS_7 = [commit("faac8bf1be9910d71f7dedd3c6a7d2f544a943ec"), commit("6317d2576309bd2ac9d14c44930cf2d72a72545a")];
var metric = (snake, camel) => ({ from: `falco.metrics.${snake}`, since: "7.0.0", to: `metrics.${camel}`, transform: "snake-to-camel", effect: "overwritten", sources: METRICS_7 });
var DRIVERS_4 = [commit("95496d0b1e1e795d199bbf25127757648ab619b1"), BREAKING];
var K8S_4 = [commit("55cf23c5680d2178a4419f2e58e304be786287ba"), BREAKING];
var EBPF_9 = [falcoCommit("312d9af6133c6a6f78a7d7bc94cc2ebcb9453ba8"), falcoCommit("23a1f6d9a042655e9b84431c2912f9c30ed72286"), BREAKING];
var GVISOR_9 = [falcoCommit("95ad6d32fa50f204ca611a522c64db4c22084a3b"), falcoCommit("23a1f6d9a042655e9b84431c2912f9c30ed72286"), BREAKING];
var GRPC_9 = [falcoCommit("cbfdabaf4bf5210b9984e09a39437fbae21d3605"), falcoCommit("23a1f6d9a042655e9b84431c2912f9c30ed72286"), BREAKING];
var GRPC_NOTE = "gRPC output and server are gone from Falco 0.44.0: move consumers to http_output, file_output, stdout_output or falcosidekick";
var VALUES_MIGRATIONS = [
  // ---- chart 1.x → 2.0.0
  v2("ebpf", "driver", "each-key"),
  v2("ebpf.enabled", "driver.kind", "ebpf-enabled-to-driver-kind"),
  v2("ebpf.path", "driver.ebpf.path", "move"),
  v2("ebpf.settings", "driver.ebpf", "each-key"),
  v2("ebpf.settings.hostNetwork", "driver.ebpf.hostNetwork", "move"),
  v2("leastPrivileged", "driver.ebpf", "each-key"),
  v2("leastPrivileged.enabled", "driver.ebpf.leastPrivileged", "move"),
  v2("docker", "collectors.docker", "each-key"),
  v2("docker.enabled", "collectors.docker.enabled", "move"),
  v2("docker.socket", "collectors.docker.socket", "move"),
  v2("containerd", "collectors.containerd", "each-key"),
  v2("containerd.enabled", "collectors.containerd.enabled", "move"),
  v2("containerd.socket", "collectors.containerd.socket", "move"),
  v2("crio", "collectors.crio", "each-key"),
  v2("crio.enabled", "collectors.crio.enabled", "move"),
  v2("crio.socket", "collectors.crio.socket", "move"),
  v2("kubernetesSupport", "collectors.kubernetes", "each-key"),
  v2("kubernetesSupport.enabled", "collectors.kubernetes.enabled", "move"),
  v2("kubernetesSupport.apiAuth", "collectors.kubernetes.apiAuth", "move"),
  v2("kubernetesSupport.apiUrl", "collectors.kubernetes.apiUrl", "move"),
  v2("kubernetesSupport.enableNodeFilter", "collectors.kubernetes.enableNodeFilter", "move"),
  v2("daemonset", void 0, "each-key"),
  v2("daemonset.updateStrategy", "controller.daemonset.updateStrategy", "move"),
  v2("daemonset.podAnnotations", "podAnnotations", "move"),
  v2("daemonset.env", "extra.env", "manual", "move the variables to extra.env, as a list of {name, value} entries from chart 2.5.0 on"),
  v2("extraArgs", "extra.args", "move"),
  v2("extraInitContainers", "extra.initContainers", "move"),
  v2("extraVolumes", "mounts.volumes", "move"),
  v2("extraVolumeMounts", "mounts.volumeMounts", "move"),
  v2("image.pullSecrets", "imagePullSecrets", "move"),
  v2("securityContext", "containerSecurityContext", "move"),
  v2("timezone", "extra.env", "manual", "set the TZ variable in extra.env instead (chart 2.0.0 moved such settings to extra.env)"),
  v2("proxy", "extra.env", "manual", "set HTTP_PROXY, HTTPS_PROXY and NO_PROXY in extra.env instead (chart 2.0.0 moved such settings to extra.env)"),
  v2("auditLog", void 0, "manual", "Kubernetes audit events come from the k8saudit plugin since chart 1.19.0: configure it in falco.plugins (see the chart values-k8saudit.yaml)"),
  v2("fakeEventGenerator", void 0, "delete", "chart 2.0.0 dropped the embedded event generator; install the event-generator chart instead"),
  v2("podSecurityPolicy", void 0, "delete", "chart 2.0.0 removed the PodSecurityPolicy template"),
  v2Falco("jsonOutput", "json_output"),
  v2Falco("jsonIncludeOutputProperty", "json_include_output_property"),
  v2Falco("jsonIncludeTagsProperty", "json_include_tags_property"),
  v2Falco("logStderr", "log_stderr"),
  v2Falco("logSyslog", "log_syslog"),
  v2Falco("logLevel", "log_level"),
  v2Falco("bufferedOutputs", "buffered_outputs"),
  v2Falco("timeFormatISO8601", "time_format_iso_8601"),
  v2Falco("watchConfigFiles", "watch_config_files"),
  v2Falco("rulesFile", "rules_file"),
  v2Falco("loadPlugins", "load_plugins"),
  v2Falco("syscallEventDrops", "syscall_event_drops"),
  v2Falco("syscallEventTimeouts", "syscall_event_timeouts"),
  v2Falco("metadataDownload", "metadata_download"),
  v2Falco("stdoutOutput", "stdout_output"),
  v2Falco("syslogOutput", "syslog_output"),
  v2Falco("fileOutput", "file_output"),
  v2Falco("programOutput", "program_output"),
  v2Falco("httpOutput", "http_output"),
  v2Falco("grpcOutput", "grpc_output"),
  v2("falco.livenessProbe", "healthChecks.livenessProbe", "move"),
  v2("falco.readinessProbe", "healthChecks.readinessProbe", "move"),
  {
    from: "integrations",
    since: "1.6.0",
    transform: "manual",
    effect: "ignored",
    note: "chart 1.6.0 removed the deprecated integrations; from 1.6.1 the falcosidekick sub-chart forwards events: enable it and configure the outputs under falcosidekick.config",
    sources: [`${CHARTS}/issues/123`, `${CHARTS}/blob/falco-1.6.1/falco/CHANGELOG.md`]
  },
  { from: "priorityClassName", since: "2.0.7", to: "podPriorityClassName", transform: "move", effect: "ignored", sources: [commit("8a2cd385e691e67f5e71fb592bf2b9101378f17f"), V2_CHANGELOG] },
  // ---- 3.0.0
  {
    from: "driver.loader.initContainer.enabled",
    since: "3.0.0",
    to: "driver.loader.enabled",
    transform: "move",
    effect: "ignored",
    sources: [`${CHARTS}/issues/418`, BREAKING]
  },
  // ---- 4.0.0 (Falco 0.37.0)
  { from: "gvisor", since: "4.0.0", to: "driver", transform: "each-key", effect: "ignored", sources: DRIVERS_4 },
  { from: "gvisor.enabled", since: "4.0.0", to: "driver.kind", transform: "gvisor-enabled-to-driver-kind", effect: "ignored", sources: DRIVERS_4 },
  { from: "gvisor.runsc", since: "4.0.0", to: "driver.gvisor.runsc", transform: "move", effect: "ignored", sources: DRIVERS_4 },
  { from: "driver.modern_bpf", since: "4.0.0", to: "driver.modernEbpf", transform: "each-key", effect: "ignored", sources: DRIVERS_4 },
  { from: "driver.modern_bpf.leastPrivileged", since: "4.0.0", to: "driver.modernEbpf.leastPrivileged", transform: "move", effect: "ignored", sources: DRIVERS_4 },
  { from: "collectors.kubernetes.apiAuth", since: "4.0.0", transform: "delete", effect: "ignored", note: "Falco 0.37 dropped its Kubernetes client; the k8smeta plugin and k8s-metacollector replace it", sources: K8S_4 },
  { from: "collectors.kubernetes.apiUrl", since: "4.0.0", transform: "delete", effect: "ignored", note: "Falco 0.37 dropped its Kubernetes client; the k8smeta plugin and k8s-metacollector replace it", sources: K8S_4 },
  {
    from: "collectors.kubernetes.enableNodeFilter",
    since: "4.0.0",
    transform: "delete",
    effect: "ignored",
    note: "the chart now always filters by node (k8smeta init_config nodeName)",
    sources: K8S_4
  },
  { from: "falco.metadata_download", since: "4.0.0", transform: "delete", effect: "ignored", note: "it tuned the Kubernetes client Falco 0.37 dropped", sources: K8S_4 },
  // Chart 4.0.0 moved these under driver.*; Falco still read them until 0.38.0 (chart 4.4.0).
  {
    from: "falco.syscall_buf_size_preset",
    since: "4.4.0",
    transform: "manual",
    effect: "ignored",
    note: "set bufSizePreset under the driver you use instead: driver.kmod, driver.ebpf or driver.modernEbpf (chart 4.0.0 moved it there)",
    sources: DRIVERS_4
  },
  {
    from: "falco.syscall_drop_failed_exit",
    since: "4.4.0",
    transform: "manual",
    effect: "ignored",
    note: "set dropFailedExit under the driver you use instead: driver.kmod, driver.ebpf or driver.modernEbpf (chart 4.0.0 moved it there)",
    sources: DRIVERS_4
  },
  { from: "falco.modern_bpf", since: "4.4.0", to: "driver.modernEbpf", transform: "each-key", effect: "ignored", sources: DRIVERS_4 },
  { from: "falco.modern_bpf.cpus_for_each_syscall_buffer", since: "4.4.0", to: "driver.modernEbpf.cpusForEachBuffer", transform: "move", effect: "ignored", sources: DRIVERS_4 },
  // ---- 4.7.1: the chart sets rules_files, and Falco 0.38+ refuses a config with both keys.
  {
    from: "falco.rules_file",
    since: "4.7.1",
    to: "falco.rules_files",
    transform: "move",
    effect: "startup-failure",
    sources: [commit("d17eebf46c8c8264f20e0410912ce640518c7ff3"), "https://github.com/falcosecurity/falco/blob/0.38.0/userspace/falco/configuration.cpp#L275"]
  },
  // ---- 4.9.0 (Falco 0.39.0)
  { from: "falco.outputs", since: "4.9.0", transform: "delete", effect: "ignored", note: "Falco 0.39.0 removed the outputs rate limiter", sources: [commit("ed8c5351e63fb8540b3d9300215b1dc8108aa726")] },
  { from: "mounts.enforceProcMount", since: "4.9.0", transform: "delete", effect: "ignored", note: "the chart always mounts /proc since 4.9.0", sources: [commit("47541d456b14594c8ea04f29d10b8a05975147e7")] },
  // ---- 6.0.0
  { from: "falcotalon", since: "6.0.0", to: "falco-talon", transform: "each-key", effect: "ignored", sources: [commit("049a366d92f72667dada688aa8f0977eea7a6495"), BREAKING] },
  { from: "falcotalon.enabled", since: "6.0.0", to: "responseActions.enabled", transform: "move", effect: "ignored", sources: [commit("a6baf31059b4ff250b2b6ae2838a8d003bf280c7"), commit("60f43e7ad445a22956c71149fc4a58e16b9d7123"), BREAKING] },
  // ---- 7.0.0 (Falco 0.42.0)
  ...legacyCollector("docker", "docker"),
  ...legacyCollector("containerd", "containerd"),
  ...legacyCollector("crio", "cri"),
  {
    from: "falco.container_engines",
    since: "7.0.0",
    to: "collectors.containerEngine.engines",
    transform: "manual",
    effect: "ignored",
    note: "configure collectors.containerEngine.engines instead: the container plugin replaced it in Falco 0.41, and its engines take lists of sockets",
    sources: [commit("faac8bf1be9910d71f7dedd3c6a7d2f544a943ec")]
  },
  {
    from: "falco.metrics",
    since: "7.0.0",
    to: "metrics",
    transform: "each-key",
    effect: "overwritten",
    note: "set metrics.enabled: true; the chart then sets the webserver and Prometheus endpoint itself",
    sources: METRICS_7
  },
  metric("enabled", "enabled"),
  metric("interval", "interval"),
  metric("output_rule", "outputRule"),
  metric("rules_counters_enabled", "rulesCountersEnabled"),
  metric("resource_utilization_enabled", "resourceUtilizationEnabled"),
  metric("state_counters_enabled", "stateCountersEnabled"),
  metric("kernel_event_counters_enabled", "kernelEventCountersEnabled"),
  metric("kernel_event_counters_per_cpu_enabled", "kernelEventCountersPerCPUEnabled"),
  metric("libbpf_stats_enabled", "libbpfStatsEnabled"),
  metric("plugins_metrics_enabled", "pluginsMetricsEnabled"),
  metric("jemalloc_stats_enabled", "jemallocStatsEnabled"),
  metric("convert_memory_to_mb", "convertMemoryToMB"),
  metric("include_empty_values", "includeEmptyValues"),
  // ---- 9.0.0 (Falco 0.44.0): the removed-configuration guard fails the render on these keys' presence.
  { from: "driver.ebpf", since: "9.0.0", transform: "each-key", effect: "render-failure", note: "the legacy eBPF probe is gone: use driver.kind modern_ebpf or auto", sources: EBPF_9 },
  { from: "driver.ebpf.leastPrivileged", since: "9.0.0", to: "driver.modernEbpf.leastPrivileged", transform: "move", effect: "render-failure", sources: EBPF_9 },
  { from: "driver.gvisor", since: "9.0.0", transform: "delete", effect: "render-failure", note: "the gVisor engine is gone, with no replacement", sources: GVISOR_9 },
  { from: "falco.grpc", since: "9.0.0", transform: "delete", effect: "render-failure", note: GRPC_NOTE, sources: GRPC_9 },
  { from: "falco.grpc_output", since: "9.0.0", transform: "delete", effect: "render-failure", note: GRPC_NOTE, sources: GRPC_9 }
];
var BY_PATH = new Map(VALUES_MIGRATIONS.map((m) => [m.from, m]));
var migrationFor = (path) => BY_PATH.get(path);
function migrationCovering(path) {
  for (let p = path; p; p = p.includes(".") ? p.slice(0, p.lastIndexOf(".")) : "") {
    const m = BY_PATH.get(p);
    if (m) return m;
  }
  return void 0;
}
var MECHANICAL = /* @__PURE__ */ new Set(["move", "socket-to-sockets", "camel-to-snake", "snake-to-camel", "ebpf-enabled-to-driver-kind", "gvisor-enabled-to-driver-kind", "delete"]);

// src/order.ts
var compareText = (a, b) => a < b ? -1 : a > b ? 1 : 0;

// src/knowledge/data/falco-values-keys.json
var falco_values_keys_default = {
  source: "Chart defaults: ../shared/reference falco-chart-values/*.yaml and falco-chart-values-keydiff.tsv (2.0.0 on), values.yaml at the falcosecurity/charts tags falco-1.1.9 to falco-1.19.4 (1.1.8: commit 1b92a16); template reads, sub-charts and the removed-configuration guard: templates/ and Chart.yaml at each falco-<version> tag (master 548458c); Falco configuration keys: falco.yaml and userspace/ at each falcosecurity/falco release tag (HEAD 1307474), cross-checked with config_json_schema.h from 0.39.0",
  snapshot: "2026-07-21",
  versions: ["1.1.8", "1.1.9", "1.1.10", "1.2.0", "1.2.1", "1.2.2", "1.2.3", "1.3.0", "1.4.0", "1.5.0", "1.5.1", "1.5.2", "1.5.3", "1.5.4", "1.5.5", "1.5.6", "1.5.7", "1.5.8", "1.6.0", "1.6.1", "1.7.0", "1.7.1", "1.7.2", "1.7.3", "1.7.4", "1.7.5", "1.7.6", "1.7.7", "1.7.8", "1.7.9", "1.7.10", "1.8.0", "1.8.1", "1.9.0", "1.10.0", "1.11.0", "1.11.1", "1.12.0", "1.13.0", "1.13.1", "1.13.2", "1.14.0", "1.14.1", "1.15.0", "1.15.1", "1.15.2", "1.15.3", "1.15.4", "1.15.5", "1.15.6", "1.15.7", "1.16.0", "1.16.1", "1.16.2", "1.16.3", "1.16.4", "1.17.0", "1.17.1", "1.17.2", "1.17.3", "1.17.4", "1.17.5", "1.17.6", "1.18.0", "1.18.1", "1.18.2", "1.18.3", "1.18.4", "1.18.5", "1.18.6", "1.19.0", "1.19.1", "1.19.2", "1.19.3", "1.19.4", "2.0.0", "2.0.1", "2.0.2", "2.0.3", "2.0.4", "2.0.5", "2.0.6", "2.0.7", "2.0.8", "2.0.9", "2.0.10", "2.0.11", "2.0.12", "2.0.13", "2.0.14", "2.0.15", "2.0.16", "2.0.17", "2.0.18", "2.1.0", "2.2.0", "2.3.0", "2.3.1", "2.4.0", "2.4.1", "2.4.2", "2.4.3", "2.4.4", "2.4.5", "2.4.6", "2.4.7", "2.5.0", "2.5.1", "2.5.2", "2.5.3", "2.5.4", "2.5.5", "3.0.0", "3.1.0", "3.1.1", "3.1.2", "3.1.3", "3.1.4", "3.1.5", "3.2.0", "3.2.1", "3.3.0", "3.3.1", "3.4.0", "3.4.1", "3.5.0", "3.6.0", "3.6.1", "3.6.2", "3.7.0", "3.7.1", "3.8.0", "3.8.1", "3.8.2", "3.8.3", "3.8.4", "3.8.5", "3.8.6", "3.8.7", "4.0.0", "4.1.0", "4.1.1", "4.1.2", "4.2.0", "4.2.1", "4.2.2", "4.2.3", "4.2.4", "4.2.5", "4.2.6", "4.3.0", "4.3.1", "4.4.0", "4.4.1", "4.4.2", "4.4.3", "4.5.0", "4.5.1", "4.5.2", "4.5.3", "4.6.0", "4.6.1", "4.6.2", "4.6.3", "4.7.0", "4.7.1", "4.7.2", "4.8.0", "4.8.1", "4.8.2", "4.8.3", "4.9.0", "4.9.1", "4.10.0", "4.11.0", "4.11.1", "4.11.2", "4.12.0", "4.13.0", "4.14.0", "4.14.1", "4.14.2", "4.15.0", "4.15.1", "4.16.0", "4.16.1", "4.16.2", "4.17.0", "4.17.1", "4.17.2", "4.18.0", "4.19.0", "4.20.0", "4.20.1", "4.21.0", "4.21.1", "4.21.2", "4.21.3", "4.22.0", "5.0.0", "5.0.1", "5.0.2", "5.0.3", "6.0.0", "6.0.1", "6.0.2", "6.1.0", "6.2.0", "6.2.1", "6.2.2", "6.2.3", "6.2.4", "6.2.5", "6.3.0", "6.4.0", "6.4.1", "7.0.0", "7.0.1", "7.0.2", "7.0.3", "7.0.4", "7.0.5", "7.1.0", "7.1.1", "7.1.2", "7.2.0", "7.2.1", "8.0.0", "8.0.1", "8.0.2", "8.0.3", "8.0.4", "8.0.5", "9.0.0", "9.1.0"],
  kinds: { map: "a closed map: only its children are keys", falco: "Falco's configuration, passed through as falco.yaml: its children are checked, nothing below them", free: "anything below ({} default, or passed on whole)", subchart: "a sub-chart's values", read: "read by the templates, not in values.yaml", "falco-config": "a Falco configuration key the chart does not default", list: "a list", string: "a string", null: "null by default", bool: "a boolean: a map there has no keys", number: "a number: a map there has no keys" },
  paths: {
    affinity: [["1.1.8", "9.1.0", "free"]],
    auditLog: [["1.1.8", "1.19.4", "map"]],
    "auditLog.dynamicBackend": [["1.1.8", "1.18.6", "map"]],
    "auditLog.dynamicBackend.enabled": [["1.1.8", "1.18.6", "bool"]],
    "auditLog.dynamicBackend.url": [["1.1.9", "1.18.6", "string"]],
    "auditLog.enabled": [["1.1.8", "1.19.4", "bool"]],
    "auditLog.listenPort": [["1.19.0", "1.19.4", "number"]],
    "auditLog.nodePort": [["1.19.0", "1.19.4", "bool"]],
    certs: [["1.1.8", "9.1.0", "map"]],
    "certs.ca": [["1.1.8", "9.1.0", "map"]],
    "certs.ca.crt": [["1.1.8", "1.5.5", "read"], ["1.5.6", "9.1.0", "string"]],
    "certs.client": [["3.8.5", "9.1.0", "map"]],
    "certs.client.crt": [["3.8.5", "9.1.0", "string"]],
    "certs.client.key": [["3.8.5", "9.1.0", "string"]],
    "certs.existingClientSecret": [["3.8.5", "9.1.0", "string"]],
    "certs.existingSecret": [["1.15.2", "9.1.0", "string"]],
    "certs.server": [["1.1.8", "9.1.0", "map"]],
    "certs.server.crt": [["1.1.8", "1.5.5", "read"], ["1.5.6", "9.1.0", "string"]],
    "certs.server.key": [["1.1.8", "1.5.5", "read"], ["1.5.6", "9.1.0", "string"]],
    collectors: [["2.0.0", "9.1.0", "map"]],
    "collectors.containerEngine": [["4.22.0", "9.1.0", "map"]],
    "collectors.containerEngine.enabled": [["4.22.0", "9.1.0", "bool"]],
    "collectors.containerEngine.engines": [["4.22.0", "9.1.0", "free"]],
    "collectors.containerEngine.hooks": [["4.22.0", "9.1.0", "list"]],
    "collectors.containerEngine.labelMaxLen": [["4.22.0", "9.1.0", "number"]],
    "collectors.containerEngine.pluginRef": [["4.22.0", "9.1.0", "string"]],
    "collectors.containerEngine.withSize": [["4.22.0", "9.1.0", "bool"]],
    "collectors.containerd": [["2.0.0", "6.4.1", "map"]],
    "collectors.containerd.enabled": [["2.0.0", "6.4.1", "bool"]],
    "collectors.containerd.socket": [["2.0.0", "6.4.1", "string"]],
    "collectors.crio": [["2.0.0", "6.4.1", "map"]],
    "collectors.crio.enabled": [["2.0.0", "6.4.1", "bool"]],
    "collectors.crio.socket": [["2.0.0", "6.4.1", "string"]],
    "collectors.docker": [["2.0.0", "6.4.1", "map"]],
    "collectors.docker.enabled": [["2.0.0", "6.4.1", "bool"]],
    "collectors.docker.socket": [["2.0.0", "6.4.1", "string"]],
    "collectors.enabled": [["2.0.0", "9.1.0", "bool"]],
    "collectors.kubernetes": [["2.0.0", "9.1.0", "map"]],
    "collectors.kubernetes.apiAuth": [["2.0.0", "3.8.7", "string"]],
    "collectors.kubernetes.apiUrl": [["2.0.0", "3.8.7", "string"]],
    "collectors.kubernetes.collectorHostname": [["4.0.0", "9.1.0", "string"]],
    "collectors.kubernetes.collectorPort": [["4.0.0", "9.1.0", "string"]],
    "collectors.kubernetes.enableNodeFilter": [["2.0.0", "3.8.7", "bool"]],
    "collectors.kubernetes.enabled": [["2.0.0", "9.1.0", "bool"]],
    "collectors.kubernetes.hostProc": [["4.13.0", "9.1.0", "string"]],
    "collectors.kubernetes.pluginRef": [["4.0.0", "9.1.0", "string"]],
    "collectors.kubernetes.verbosity": [["4.13.0", "9.1.0", "string"]],
    containerSecurityContext: [["2.0.0", "9.1.0", "free"]],
    containerd: [["1.1.8", "1.19.4", "map"]],
    "containerd.enabled": [["1.1.8", "1.19.4", "bool"]],
    "containerd.socket": [["1.1.8", "1.19.4", "string"]],
    controller: [["2.0.0", "9.1.0", "map"]],
    "controller.annotations": [["2.4.7", "9.1.0", "free"]],
    "controller.daemonset": [["2.0.0", "9.1.0", "map"]],
    "controller.daemonset.updateStrategy": [["2.0.0", "9.1.0", "free"]],
    "controller.deployment": [["2.0.0", "9.1.0", "map"]],
    "controller.deployment.replicas": [["2.0.0", "9.1.0", "number"]],
    "controller.deployment.revisionHistoryLimit": [["3.5.0", "9.1.0", "read"]],
    "controller.kind": [["2.0.0", "9.1.0", "string"]],
    "controller.labels": [["4.4.3", "9.1.0", "free"]],
    crio: [["1.18.0", "1.19.4", "map"]],
    "crio.enabled": [["1.18.0", "1.19.4", "bool"]],
    "crio.socket": [["1.18.0", "1.19.4", "string"]],
    customRules: [["1.1.8", "9.1.0", "free"]],
    daemonset: [["1.1.8", "1.19.4", "map"]],
    "daemonset.env": [["1.1.8", "1.19.4", "free"]],
    "daemonset.podAnnotations": [["1.1.8", "1.19.4", "free"]],
    "daemonset.updateStrategy": [["1.1.8", "1.19.4", "free"]],
    docker: [["1.1.8", "1.19.4", "map"]],
    "docker.enabled": [["1.1.8", "1.19.4", "bool"]],
    "docker.socket": [["1.1.8", "1.19.4", "string"]],
    driver: [["2.0.0", "9.1.0", "map"]],
    "driver.ebpf": [["2.0.0", "8.0.5", "map"]],
    "driver.ebpf.bufSizePreset": [["4.0.0", "8.0.5", "number"]],
    "driver.ebpf.dropFailedExit": [["4.0.0", "8.0.5", "bool"]],
    "driver.ebpf.hostNetwork": [["2.0.0", "8.0.5", "bool"]],
    "driver.ebpf.leastPrivileged": [["2.0.0", "8.0.5", "bool"]],
    "driver.ebpf.path": [["2.0.0", "3.8.7", "null"], ["4.0.0", "8.0.5", "string"]],
    "driver.ebpf.sysfsMount": [["7.0.0", "8.0.5", "bool"]],
    "driver.enabled": [["2.0.0", "9.1.0", "bool"]],
    "driver.gvisor": [["4.0.0", "8.0.5", "map"]],
    "driver.gvisor.runsc": [["4.0.0", "8.0.5", "map"]],
    "driver.gvisor.runsc.config": [["4.0.0", "8.0.5", "string"]],
    "driver.gvisor.runsc.path": [["4.0.0", "8.0.5", "string"]],
    "driver.gvisor.runsc.root": [["4.0.0", "8.0.5", "string"]],
    "driver.kind": [["2.0.0", "9.1.0", "string"]],
    "driver.kmod": [["4.0.0", "9.1.0", "map"]],
    "driver.kmod.bufSizePreset": [["4.0.0", "9.1.0", "number"]],
    "driver.kmod.dropFailedExit": [["4.0.0", "9.1.0", "bool"]],
    "driver.loader": [["2.0.0", "9.1.0", "map"]],
    "driver.loader.enabled": [["2.0.0", "9.1.0", "bool"]],
    "driver.loader.initContainer": [["2.0.0", "9.1.0", "map"]],
    "driver.loader.initContainer.args": [["2.0.15", "9.1.0", "list"]],
    "driver.loader.initContainer.enabled": [["2.0.0", "2.5.5", "bool"]],
    "driver.loader.initContainer.env": [["2.0.3", "2.4.7", "free"], ["2.5.0", "9.1.0", "list"]],
    "driver.loader.initContainer.image": [["2.0.0", "9.1.0", "map"]],
    "driver.loader.initContainer.image.pullPolicy": [["2.0.0", "9.1.0", "string"]],
    "driver.loader.initContainer.image.registry": [["2.0.0", "9.1.0", "string"]],
    "driver.loader.initContainer.image.repository": [["2.0.0", "9.1.0", "string"]],
    "driver.loader.initContainer.image.tag": [["2.0.0", "9.1.0", "string"]],
    "driver.loader.initContainer.resources": [["2.0.16", "9.1.0", "free"]],
    "driver.loader.initContainer.securityContext": [["2.0.16", "9.1.0", "free"]],
    "driver.modernEbpf": [["4.0.0", "9.1.0", "map"]],
    "driver.modernEbpf.bufSizePreset": [["4.0.0", "9.1.0", "number"]],
    "driver.modernEbpf.cpusForEachBuffer": [["4.0.0", "9.1.0", "number"]],
    "driver.modernEbpf.disableIterators": [["9.1.0", "9.1.0", "bool"]],
    "driver.modernEbpf.dropFailedExit": [["4.0.0", "9.1.0", "bool"]],
    "driver.modernEbpf.leastPrivileged": [["4.0.0", "9.1.0", "bool"]],
    "driver.modernEbpf.sysfsMount": [["7.0.0", "9.1.0", "bool"]],
    "driver.modern_bpf": [["3.3.0", "3.8.7", "map"]],
    "driver.modern_bpf.leastPrivileged": [["3.3.0", "3.8.7", "bool"]],
    "driver.sysfsMountPath": [["7.0.0", "9.1.0", "string"]],
    ebpf: [["1.1.8", "1.19.4", "map"]],
    "ebpf.enabled": [["1.1.8", "1.19.4", "bool"]],
    "ebpf.path": [["1.7.4", "1.19.4", "null"]],
    "ebpf.settings": [["1.1.8", "1.19.4", "map"]],
    "ebpf.settings.hostNetwork": [["1.1.8", "1.19.4", "bool"]],
    extra: [["2.0.0", "9.1.0", "free"]],
    extraArgs: [["1.1.8", "1.19.4", "list"]],
    extraInitContainers: [["1.4.0", "1.19.4", "list"]],
    extraVolumeMounts: [["1.5.8", "1.19.4", "list"]],
    extraVolumes: [["1.5.8", "1.19.4", "list"]],
    fakeEventGenerator: [["1.1.8", "1.19.4", "map"]],
    "fakeEventGenerator.args": [["1.1.9", "1.19.4", "list"]],
    "fakeEventGenerator.enabled": [["1.1.8", "1.19.4", "bool"]],
    "fakeEventGenerator.replicas": [["1.1.8", "1.19.4", "number"]],
    falco: [["1.1.8", "1.19.4", "map"], ["2.0.0", "9.1.0", "falco"]],
    "falco-talon": [["4.21.2", "9.1.0", "subchart"]],
    "falco.append_output": [["4.9.0", "9.1.0", "list"]],
    "falco.base_syscalls": [["3.2.0", "9.1.0", "free"]],
    "falco.buffer_format_base64": [["4.18.0", "6.4.1", "falco-config"], ["7.0.0", "9.1.0", "free"]],
    "falco.bufferedOutputs": [["1.1.8", "1.19.4", "bool"]],
    "falco.buffered_outputs": [["2.0.0", "9.1.0", "free"]],
    "falco.capture": [["7.0.0", "9.1.0", "free"]],
    "falco.config_files": [["4.4.0", "9.1.0", "list"]],
    "falco.container_engines": [["4.9.0", "4.17.2", "falco-config"], ["4.18.0", "6.4.1", "free"]],
    "falco.engine": [["4.0.0", "9.1.0", "falco-config"]],
    "falco.falco_libs": [["4.4.0", "9.1.0", "free"]],
    "falco.fileOutput": [["1.1.8", "1.19.4", "map"]],
    "falco.fileOutput.enabled": [["1.1.8", "1.19.4", "bool"]],
    "falco.fileOutput.filename": [["1.1.8", "1.19.4", "string"]],
    "falco.fileOutput.keepAlive": [["1.1.8", "1.19.4", "bool"]],
    "falco.file_output": [["2.0.0", "9.1.0", "free"]],
    "falco.grpc": [["1.1.8", "1.19.4", "map"], ["2.0.0", "8.0.5", "free"]],
    "falco.grpc.certChain": [["1.1.8", "1.19.4", "string"]],
    "falco.grpc.enabled": [["1.1.8", "1.19.4", "bool"]],
    "falco.grpc.listenPort": [["1.1.8", "1.19.4", "number"]],
    "falco.grpc.privateKey": [["1.1.8", "1.19.4", "string"]],
    "falco.grpc.rootCerts": [["1.1.8", "1.19.4", "string"]],
    "falco.grpc.threadiness": [["1.1.8", "1.19.4", "number"]],
    "falco.grpc.unixSocketPath": [["1.2.0", "1.19.4", "string"]],
    "falco.grpcOutput": [["1.1.8", "1.19.4", "map"]],
    "falco.grpcOutput.enabled": [["1.1.8", "1.19.4", "bool"]],
    "falco.grpc_output": [["2.0.0", "8.0.5", "free"]],
    "falco.httpOutput": [["1.1.8", "1.19.4", "map"]],
    "falco.httpOutput.enabled": [["1.1.8", "1.19.4", "bool"]],
    "falco.httpOutput.url": [["1.1.8", "1.19.4", "string"]],
    "falco.httpOutput.userAgent": [["1.17.0", "1.19.4", "string"]],
    "falco.http_output": [["2.0.0", "9.1.0", "free"]],
    "falco.jsonIncludeOutputProperty": [["1.1.8", "1.19.4", "bool"]],
    "falco.jsonIncludeTagsProperty": [["1.16.0", "1.19.4", "bool"]],
    "falco.jsonOutput": [["1.1.8", "1.19.4", "bool"]],
    "falco.json_include_message_property": [["4.9.0", "9.1.0", "free"]],
    "falco.json_include_output_fields_property": [["4.22.0", "9.1.0", "free"]],
    "falco.json_include_output_property": [["2.0.0", "9.1.0", "free"]],
    "falco.json_include_tags_property": [["2.0.0", "9.1.0", "free"]],
    "falco.json_output": [["2.0.0", "9.1.0", "free"]],
    "falco.libs_logger": [["2.0.0", "9.1.0", "free"]],
    "falco.livenessProbe": [["1.13.0", "1.19.4", "map"]],
    "falco.livenessProbe.initialDelaySeconds": [["1.13.0", "1.19.4", "number"]],
    "falco.livenessProbe.periodSeconds": [["1.13.0", "1.19.4", "number"]],
    "falco.livenessProbe.timeoutSeconds": [["1.13.0", "1.19.4", "number"]],
    "falco.loadPlugins": [["1.17.0", "1.19.4", "list"]],
    "falco.load_plugins": [["2.0.0", "9.1.0", "list"]],
    "falco.logLevel": [["1.1.8", "1.19.4", "string"]],
    "falco.logStderr": [["1.1.8", "1.19.4", "bool"]],
    "falco.logSyslog": [["1.1.8", "1.19.4", "bool"]],
    "falco.log_level": [["2.0.0", "9.1.0", "string"]],
    "falco.log_stderr": [["2.0.0", "9.1.0", "free"]],
    "falco.log_syslog": [["2.0.0", "9.1.0", "free"]],
    "falco.metadataDownload": [["1.16.0", "1.19.4", "map"]],
    "falco.metadataDownload.chunkWaitUs": [["1.16.0", "1.19.4", "number"]],
    "falco.metadataDownload.maxMb": [["1.16.0", "1.19.4", "number"]],
    "falco.metadataDownload.watchFreqSec": [["1.16.0", "1.19.4", "number"]],
    "falco.metadata_download": [["2.0.0", "3.8.7", "free"]],
    "falco.metrics": [["3.2.0", "6.4.1", "free"]],
    "falco.modern_bpf": [["3.0.0", "3.8.7", "free"], ["4.0.0", "4.3.1", "falco-config"]],
    "falco.output_timeout": [["1.7.0", "1.19.4", "number"], ["2.0.0", "9.1.0", "free"]],
    "falco.outputs": [["1.1.8", "1.19.4", "map"], ["2.0.0", "3.1.5", "free"], ["3.2.0", "3.5.0", "falco-config"], ["3.6.0", "4.8.3", "free"]],
    "falco.outputs.maxBurst": [["1.1.8", "1.19.4", "number"]],
    "falco.outputs.rate": [["1.1.8", "1.19.4", "number"]],
    "falco.outputs_queue": [["3.7.0", "9.1.0", "free"]],
    "falco.plugins": [["1.17.0", "9.1.0", "list"]],
    "falco.plugins_hostinfo": [["4.18.0", "6.4.1", "falco-config"], ["7.0.0", "9.1.0", "free"]],
    "falco.podHostname": [["6.1.0", "9.1.0", "read"]],
    "falco.priority": [["1.1.8", "9.1.0", "string"]],
    "falco.programOutput": [["1.1.8", "1.19.4", "map"]],
    "falco.programOutput.enabled": [["1.1.8", "1.19.4", "bool"]],
    "falco.programOutput.keepAlive": [["1.1.8", "1.19.4", "bool"]],
    "falco.programOutput.program": [["1.1.8", "1.19.4", "string"]],
    "falco.program_output": [["2.0.0", "9.1.0", "free"]],
    "falco.readinessProbe": [["1.13.0", "1.19.4", "map"]],
    "falco.readinessProbe.initialDelaySeconds": [["1.13.0", "1.19.4", "number"]],
    "falco.readinessProbe.periodSeconds": [["1.13.0", "1.19.4", "number"]],
    "falco.readinessProbe.timeoutSeconds": [["1.13.0", "1.19.4", "number"]],
    "falco.rule_matching": [["3.7.0", "9.1.0", "string"]],
    "falco.rules": [["4.4.0", "9.1.0", "falco-config"]],
    "falco.rulesFile": [["1.1.8", "1.19.4", "list"]],
    "falco.rules_file": [["2.0.0", "4.7.0", "list"]],
    "falco.rules_files": [["4.4.0", "4.7.0", "falco-config"], ["4.7.1", "9.1.0", "list"]],
    "falco.static_fields": [["7.0.0", "9.1.0", "falco-config"]],
    "falco.stdoutOutput": [["1.1.8", "1.19.4", "map"]],
    "falco.stdoutOutput.enabled": [["1.1.8", "1.19.4", "bool"]],
    "falco.stdout_output": [["2.0.0", "9.1.0", "free"]],
    "falco.syscallEventDrops": [["1.1.8", "1.19.4", "map"]],
    "falco.syscallEventDrops.actions": [["1.1.8", "1.19.4", "list"]],
    "falco.syscallEventDrops.maxBurst": [["1.1.8", "1.19.4", "number"]],
    "falco.syscallEventDrops.rate": [["1.1.8", "1.19.4", "number"]],
    "falco.syscallEventDrops.threshold": [["1.17.0", "1.19.4", "number"]],
    "falco.syscallEventTimeouts": [["1.17.0", "1.19.4", "map"]],
    "falco.syscallEventTimeouts.maxConsecutives": [["1.17.0", "1.19.4", "number"]],
    "falco.syscall_buf_size_preset": [["2.1.0", "3.8.7", "free"], ["4.0.0", "4.3.1", "falco-config"]],
    "falco.syscall_drop_failed_exit": [["3.2.0", "3.8.7", "free"], ["4.0.0", "4.3.1", "falco-config"]],
    "falco.syscall_event_drops": [["2.0.0", "9.1.0", "free"]],
    "falco.syscall_event_timeouts": [["2.0.0", "9.1.0", "free"]],
    "falco.syslogOutput": [["1.1.8", "1.19.4", "map"]],
    "falco.syslogOutput.enabled": [["1.1.8", "1.19.4", "bool"]],
    "falco.syslog_output": [["2.0.0", "9.1.0", "free"]],
    "falco.timeFormatISO8601": [["1.1.8", "1.19.4", "bool"]],
    "falco.time_format_iso_8601": [["2.0.0", "9.1.0", "free"]],
    "falco.watchConfigFiles": [["1.19.0", "1.19.4", "bool"]],
    "falco.watch_config_files": [["2.0.0", "9.1.0", "free"]],
    "falco.webserver": [["1.1.8", "1.19.4", "map"], ["2.0.0", "9.1.0", "free"]],
    "falco.webserver.enabled": [["1.1.8", "1.19.4", "bool"]],
    "falco.webserver.k8sAuditEndpoint": [["1.1.8", "1.18.6", "string"]],
    "falco.webserver.k8sHealthzEndpoint": [["1.13.0", "1.19.4", "string"]],
    "falco.webserver.listenPort": [["1.1.8", "1.19.4", "number"]],
    "falco.webserver.nodePort": [["1.5.6", "1.18.6", "bool"]],
    "falco.webserver.sslCertificate": [["1.5.6", "1.19.4", "string"]],
    "falco.webserver.sslEnabled": [["1.5.6", "1.19.4", "bool"]],
    falcoHostnameEnv: [["8.0.4", "9.1.0", "bool"]],
    falcoctl: [["3.0.0", "9.1.0", "map"]],
    "falcoctl.artifact": [["3.0.0", "9.1.0", "map"]],
    "falcoctl.artifact.follow": [["3.0.0", "9.1.0", "map"]],
    "falcoctl.artifact.follow.args": [["3.0.0", "9.1.0", "list"]],
    "falcoctl.artifact.follow.enabled": [["3.0.0", "9.1.0", "bool"]],
    "falcoctl.artifact.follow.env": [["3.0.0", "3.1.4", "free"], ["3.1.5", "9.1.0", "list"]],
    "falcoctl.artifact.follow.envFrom": [["6.2.3", "9.1.0", "list"]],
    "falcoctl.artifact.follow.mounts": [["3.4.0", "9.1.0", "map"]],
    "falcoctl.artifact.follow.mounts.volumeMounts": [["3.4.0", "9.1.0", "list"]],
    "falcoctl.artifact.follow.resources": [["3.0.0", "9.1.0", "free"]],
    "falcoctl.artifact.follow.securityContext": [["3.0.0", "9.1.0", "free"]],
    "falcoctl.artifact.install": [["3.0.0", "9.1.0", "map"]],
    "falcoctl.artifact.install.args": [["3.0.0", "9.1.0", "list"]],
    "falcoctl.artifact.install.enabled": [["3.0.0", "9.1.0", "bool"]],
    "falcoctl.artifact.install.env": [["3.0.0", "3.1.4", "free"], ["3.1.5", "9.1.0", "list"]],
    "falcoctl.artifact.install.envFrom": [["6.2.3", "9.1.0", "list"]],
    "falcoctl.artifact.install.mounts": [["3.4.0", "9.1.0", "map"]],
    "falcoctl.artifact.install.mounts.volumeMounts": [["3.4.0", "9.1.0", "list"]],
    "falcoctl.artifact.install.resources": [["3.0.0", "9.1.0", "free"]],
    "falcoctl.artifact.install.securityContext": [["3.0.0", "9.1.0", "free"]],
    "falcoctl.config": [["3.0.0", "9.1.0", "free"]],
    "falcoctl.image": [["3.0.0", "9.1.0", "map"]],
    "falcoctl.image.pullPolicy": [["3.0.0", "9.1.0", "string"]],
    "falcoctl.image.registry": [["3.0.0", "9.1.0", "string"]],
    "falcoctl.image.repository": [["3.0.0", "9.1.0", "string"]],
    "falcoctl.image.tag": [["3.0.0", "9.1.0", "string"]],
    falcosidekick: [["1.6.1", "9.1.0", "subchart"]],
    falcotalon: [["4.21.2", "5.0.3", "map"]],
    "falcotalon.enabled": [["4.21.2", "4.21.2", "read"], ["4.21.3", "5.0.3", "bool"]],
    fullnameOverride: [["1.1.8", "1.19.4", "read"], ["2.0.0", "9.1.0", "string"]],
    global: [["1.1.8", "9.1.0", "free"]],
    grafana: [["4.11.0", "9.1.0", "map"]],
    "grafana.dashboards": [["4.11.0", "9.1.0", "map"]],
    "grafana.dashboards.configMaps": [["4.11.0", "9.1.0", "map"]],
    "grafana.dashboards.configMaps.falco": [["4.11.0", "9.1.0", "map"]],
    "grafana.dashboards.configMaps.falco.folder": [["4.11.0", "9.1.0", "string"]],
    "grafana.dashboards.configMaps.falco.folderAnnotation": [["7.1.0", "9.1.0", "string"]],
    "grafana.dashboards.configMaps.falco.name": [["4.11.0", "9.1.0", "string"]],
    "grafana.dashboards.configMaps.falco.namespace": [["4.11.0", "9.1.0", "string"]],
    "grafana.dashboards.enabled": [["4.11.0", "9.1.0", "bool"]],
    gvisor: [["2.4.0", "3.8.7", "map"]],
    "gvisor.enabled": [["2.4.0", "3.8.7", "bool"]],
    "gvisor.runsc": [["2.4.0", "3.8.7", "map"]],
    "gvisor.runsc.config": [["2.4.0", "3.8.7", "string"]],
    "gvisor.runsc.path": [["2.4.0", "3.8.7", "string"]],
    "gvisor.runsc.root": [["2.4.0", "3.8.7", "string"]],
    healthChecks: [["2.0.0", "9.1.0", "map"]],
    "healthChecks.livenessProbe": [["2.0.0", "9.1.0", "map"]],
    "healthChecks.livenessProbe.failureThreshold": [["7.0.3", "9.1.0", "number"]],
    "healthChecks.livenessProbe.initialDelaySeconds": [["2.0.0", "9.1.0", "number"]],
    "healthChecks.livenessProbe.periodSeconds": [["2.0.0", "9.1.0", "number"]],
    "healthChecks.livenessProbe.timeoutSeconds": [["2.0.0", "9.1.0", "number"]],
    "healthChecks.readinessProbe": [["2.0.0", "9.1.0", "map"]],
    "healthChecks.readinessProbe.failureThreshold": [["7.0.3", "9.1.0", "number"]],
    "healthChecks.readinessProbe.initialDelaySeconds": [["2.0.0", "9.1.0", "number"]],
    "healthChecks.readinessProbe.periodSeconds": [["2.0.0", "9.1.0", "number"]],
    "healthChecks.readinessProbe.timeoutSeconds": [["2.0.0", "9.1.0", "number"]],
    "healthChecks.startupProbe": [["7.0.3", "9.1.0", "map"]],
    "healthChecks.startupProbe.failureThreshold": [["7.0.3", "9.1.0", "number"]],
    "healthChecks.startupProbe.initialDelaySeconds": [["7.0.3", "9.1.0", "number"]],
    "healthChecks.startupProbe.periodSeconds": [["7.0.3", "9.1.0", "number"]],
    "healthChecks.startupProbe.timeoutSeconds": [["7.0.3", "9.1.0", "number"]],
    image: [["1.1.8", "9.1.0", "map"]],
    "image.pullPolicy": [["1.1.8", "9.1.0", "string"]],
    "image.pullSecrets": [["1.2.2", "1.19.4", "list"]],
    "image.registry": [["1.1.8", "9.1.0", "string"]],
    "image.repository": [["1.1.8", "9.1.0", "string"]],
    "image.tag": [["1.1.8", "9.1.0", "string"]],
    imagePullSecrets: [["2.0.0", "9.1.0", "list"]],
    integrations: [["1.1.8", "1.5.8", "map"]],
    "integrations.gcscc": [["1.1.8", "1.5.8", "map"]],
    "integrations.gcscc.enabled": [["1.1.8", "1.5.8", "bool"]],
    "integrations.gcscc.webhookAuthenticationToken": [["1.1.8", "1.5.8", "string"]],
    "integrations.gcscc.webhookUrl": [["1.1.8", "1.5.8", "string"]],
    "integrations.natsOutput": [["1.1.8", "1.5.8", "map"]],
    "integrations.natsOutput.enabled": [["1.1.8", "1.5.8", "bool"]],
    "integrations.natsOutput.natsUrl": [["1.1.8", "1.5.8", "string"]],
    "integrations.pubsubOutput": [["1.1.8", "1.5.8", "map"]],
    "integrations.pubsubOutput.credentialsData": [["1.1.8", "1.5.8", "string"]],
    "integrations.pubsubOutput.enabled": [["1.1.8", "1.5.8", "bool"]],
    "integrations.pubsubOutput.projectID": [["1.1.8", "1.5.8", "string"]],
    "integrations.pubsubOutput.topic": [["1.1.8", "1.5.8", "string"]],
    "integrations.snsOutput": [["1.1.8", "1.5.8", "map"]],
    "integrations.snsOutput.aws_access_key_id": [["1.1.8", "1.5.8", "string"]],
    "integrations.snsOutput.aws_default_region": [["1.1.8", "1.5.8", "string"]],
    "integrations.snsOutput.aws_secret_access_key": [["1.1.8", "1.5.8", "string"]],
    "integrations.snsOutput.enabled": [["1.1.8", "1.5.8", "bool"]],
    "integrations.snsOutput.topic": [["1.1.8", "1.5.8", "string"]],
    "k8s-metacollector": [["4.0.0", "9.1.0", "subchart"]],
    kubernetesSupport: [["1.12.0", "1.19.4", "map"]],
    "kubernetesSupport.apiAuth": [["1.12.0", "1.19.4", "string"]],
    "kubernetesSupport.apiUrl": [["1.12.0", "1.19.4", "string"]],
    "kubernetesSupport.enableNodeFilter": [["1.16.0", "1.19.4", "bool"]],
    "kubernetesSupport.enabled": [["1.12.0", "1.19.4", "bool"]],
    leastPrivileged: [["1.17.2", "1.19.4", "map"]],
    "leastPrivileged.enabled": [["1.17.2", "1.19.4", "bool"]],
    metrics: [["4.6.0", "9.1.0", "map"]],
    "metrics.convertMemoryToMB": [["4.6.0", "9.1.0", "bool"]],
    "metrics.enabled": [["4.6.0", "9.1.0", "bool"]],
    "metrics.includeEmptyValues": [["4.6.0", "9.1.0", "bool"]],
    "metrics.interval": [["4.6.0", "9.1.0", "string"]],
    "metrics.jemallocStatsEnabled": [["7.0.0", "9.1.0", "bool"]],
    "metrics.kernelEventCountersEnabled": [["4.6.0", "9.1.0", "bool"]],
    "metrics.kernelEventCountersPerCPUEnabled": [["4.9.0", "9.1.0", "bool"]],
    "metrics.kernelIterEventCountersEnabled": [["9.1.0", "9.1.0", "bool"]],
    "metrics.libbpfStatsEnabled": [["4.6.0", "9.1.0", "bool"]],
    "metrics.outputRule": [["4.6.0", "9.1.0", "bool"]],
    "metrics.pluginsMetricsEnabled": [["7.0.0", "9.1.0", "bool"]],
    "metrics.resourceUtilizationEnabled": [["4.6.0", "9.1.0", "bool"]],
    "metrics.rulesCountersEnabled": [["4.6.0", "9.1.0", "bool"]],
    "metrics.service": [["4.6.0", "9.1.0", "map"]],
    "metrics.service.annotations": [["4.9.1", "9.1.0", "free"]],
    "metrics.service.create": [["4.6.0", "9.1.0", "bool"]],
    "metrics.service.ipFamilies": [["6.4.0", "9.1.0", "read"]],
    "metrics.service.ipFamilyPolicy": [["6.4.0", "9.1.0", "read"]],
    "metrics.service.labels": [["4.9.1", "9.1.0", "free"]],
    "metrics.service.ports": [["4.6.0", "9.1.0", "map"]],
    "metrics.service.ports.metrics": [["4.6.0", "9.1.0", "map"]],
    "metrics.service.ports.metrics.ipFamilies": [["6.4.0", "9.1.0", "list"]],
    "metrics.service.ports.metrics.ipFamilyPolicy": [["6.4.0", "9.1.0", "string"]],
    "metrics.service.ports.metrics.port": [["4.6.0", "9.1.0", "number"]],
    "metrics.service.ports.metrics.protocol": [["4.6.0", "9.1.0", "string"]],
    "metrics.service.ports.metrics.targetPort": [["4.6.0", "9.1.0", "number"]],
    "metrics.service.type": [["4.6.0", "9.1.0", "string"]],
    "metrics.stateCountersEnabled": [["4.6.0", "9.1.0", "bool"]],
    mounts: [["2.0.0", "9.1.0", "map"]],
    "mounts.enforceProcMount": [["2.0.5", "4.8.3", "bool"]],
    "mounts.volumeMounts": [["2.0.0", "9.1.0", "list"]],
    "mounts.volumes": [["2.0.0", "9.1.0", "list"]],
    nameOverride: [["1.1.8", "1.19.4", "read"], ["2.0.0", "9.1.0", "string"]],
    namespaceOverride: [["2.3.0", "9.1.0", "string"]],
    nodeSelector: [["1.1.8", "9.1.0", "free"]],
    podAnnotations: [["2.0.0", "9.1.0", "free"]],
    podHostname: [["6.1.0", "9.1.0", "null"]],
    podLabels: [["1.16.3", "9.1.0", "free"]],
    podPriorityClassName: [["2.0.0", "9.1.0", "null"]],
    podSecurityContext: [["1.19.2", "9.1.0", "free"]],
    podSecurityPolicy: [["1.1.8", "1.19.4", "map"]],
    "podSecurityPolicy.create": [["1.1.8", "1.19.4", "bool"]],
    priorityClassName: [["1.1.8", "1.19.4", "null"], ["2.0.0", "2.0.6", "read"]],
    proxy: [["1.1.8", "1.19.4", "map"]],
    "proxy.httpProxy": [["1.1.8", "1.19.4", "null"]],
    "proxy.httpsProxy": [["1.1.8", "1.19.4", "null"]],
    "proxy.noProxy": [["1.1.8", "1.19.4", "null"]],
    rbac: [["1.1.8", "3.8.7", "map"], ["4.4.0", "9.1.0", "map"]],
    "rbac.create": [["1.1.8", "3.8.7", "bool"], ["4.4.0", "9.1.0", "bool"]],
    resources: [["1.1.8", "9.1.0", "free"]],
    responseActions: [["6.0.0", "9.1.0", "map"]],
    "responseActions.enabled": [["6.0.0", "9.1.0", "bool"]],
    scc: [["1.2.1", "9.1.0", "map"]],
    "scc.create": [["1.2.1", "9.1.0", "bool"]],
    securityContext: [["1.19.2", "1.19.4", "free"]],
    serviceAccount: [["1.1.8", "9.1.0", "map"]],
    "serviceAccount.annotations": [["1.16.2", "3.8.7", "free"], ["4.1.0", "9.1.0", "free"]],
    "serviceAccount.create": [["1.1.8", "3.8.7", "bool"], ["4.0.0", "4.0.0", "read"], ["4.1.0", "9.1.0", "bool"]],
    "serviceAccount.imagePullSecrets": [["4.21.0", "9.1.0", "list"]],
    "serviceAccount.name": [["1.1.8", "1.19.4", "null"], ["2.0.0", "3.8.7", "string"], ["4.0.0", "4.0.0", "read"], ["4.1.0", "9.1.0", "string"]],
    serviceMonitor: [["4.6.0", "9.1.0", "map"]],
    "serviceMonitor.create": [["4.6.0", "9.1.0", "bool"]],
    "serviceMonitor.endpointPort": [["4.6.0", "9.1.0", "string"]],
    "serviceMonitor.interval": [["4.6.0", "9.1.0", "string"]],
    "serviceMonitor.labels": [["4.6.0", "9.1.0", "free"]],
    "serviceMonitor.namespace": [["4.6.0", "9.1.0", "read"]],
    "serviceMonitor.path": [["4.6.0", "9.1.0", "string"]],
    "serviceMonitor.relabelings": [["4.6.0", "9.1.0", "list"]],
    "serviceMonitor.scheme": [["4.6.0", "9.1.0", "string"]],
    "serviceMonitor.scrapeTimeout": [["4.6.0", "9.1.0", "string"]],
    "serviceMonitor.selector": [["4.6.0", "9.1.0", "free"]],
    "serviceMonitor.targetLabels": [["4.6.0", "9.1.0", "list"]],
    "serviceMonitor.tlsConfig": [["4.6.0", "9.1.0", "free"]],
    services: [["2.0.0", "9.1.0", "null"]],
    timezone: [["1.1.8", "1.19.4", "null"]],
    tolerations: [["1.1.8", "9.1.0", "list"]],
    tty: [["2.0.6", "9.1.0", "bool"]]
  },
  hints: {
    "collectors.containerEngine.engines.bpm": [["4.22.0", "9.1.0"]],
    "collectors.containerEngine.engines.bpm.enabled": [["4.22.0", "9.1.0"]],
    "collectors.containerEngine.engines.containerd": [["4.22.0", "9.1.0"]],
    "collectors.containerEngine.engines.containerd.enabled": [["4.22.0", "9.1.0"]],
    "collectors.containerEngine.engines.containerd.sockets": [["4.22.0", "9.1.0"]],
    "collectors.containerEngine.engines.cri": [["4.22.0", "9.1.0"]],
    "collectors.containerEngine.engines.cri.enabled": [["4.22.0", "9.1.0"]],
    "collectors.containerEngine.engines.cri.sockets": [["4.22.0", "9.1.0"]],
    "collectors.containerEngine.engines.docker": [["4.22.0", "9.1.0"]],
    "collectors.containerEngine.engines.docker.enabled": [["4.22.0", "9.1.0"]],
    "collectors.containerEngine.engines.docker.sockets": [["4.22.0", "9.1.0"]],
    "collectors.containerEngine.engines.libvirt_lxc": [["4.22.0", "9.1.0"]],
    "collectors.containerEngine.engines.libvirt_lxc.enabled": [["4.22.0", "9.1.0"]],
    "collectors.containerEngine.engines.lxc": [["4.22.0", "9.1.0"]],
    "collectors.containerEngine.engines.lxc.enabled": [["4.22.0", "9.1.0"]],
    "collectors.containerEngine.engines.podman": [["4.22.0", "9.1.0"]],
    "collectors.containerEngine.engines.podman.enabled": [["4.22.0", "9.1.0"]],
    "collectors.containerEngine.engines.podman.sockets": [["4.22.0", "9.1.0"]],
    "controller.daemonset.updateStrategy.type": [["2.0.0", "9.1.0"]],
    "daemonset.updateStrategy.type": [["1.1.8", "1.19.4"]],
    "extra.args": [["2.0.0", "9.1.0"]],
    "extra.env": [["2.0.0", "9.1.0"]],
    "extra.initContainers": [["2.0.0", "9.1.0"]],
    "falco.base_syscalls.all": [["7.0.0", "9.1.0"]],
    "falco.base_syscalls.custom_set": [["3.2.0", "9.1.0"]],
    "falco.base_syscalls.repair": [["3.2.0", "9.1.0"]],
    "falco.capture.default_duration": [["7.0.0", "9.1.0"]],
    "falco.capture.enabled": [["7.0.0", "9.1.0"]],
    "falco.capture.mode": [["7.0.0", "9.1.0"]],
    "falco.capture.path_prefix": [["7.0.0", "9.1.0"]],
    "falco.container_engines.bpm": [["4.18.0", "6.4.1"]],
    "falco.container_engines.bpm.enabled": [["4.18.0", "6.4.1"]],
    "falco.container_engines.cri": [["4.18.0", "6.4.1"]],
    "falco.container_engines.cri.disable_async": [["4.18.0", "6.4.1"]],
    "falco.container_engines.cri.enabled": [["4.18.0", "6.4.1"]],
    "falco.container_engines.cri.sockets": [["4.18.0", "6.4.1"]],
    "falco.container_engines.docker": [["4.18.0", "6.4.1"]],
    "falco.container_engines.docker.enabled": [["4.18.0", "6.4.1"]],
    "falco.container_engines.libvirt_lxc": [["4.18.0", "6.4.1"]],
    "falco.container_engines.libvirt_lxc.enabled": [["4.18.0", "6.4.1"]],
    "falco.container_engines.lxc": [["4.18.0", "6.4.1"]],
    "falco.container_engines.lxc.enabled": [["4.18.0", "6.4.1"]],
    "falco.container_engines.podman": [["4.18.0", "6.4.1"]],
    "falco.container_engines.podman.enabled": [["4.18.0", "6.4.1"]],
    "falco.falco_libs.snaplen": [["7.0.0", "9.1.0"]],
    "falco.falco_libs.thread_table_auto_purging_interval_s": [["7.0.0", "9.1.0"]],
    "falco.falco_libs.thread_table_auto_purging_thread_timeout_s": [["7.0.0", "9.1.0"]],
    "falco.falco_libs.thread_table_size": [["4.4.0", "9.1.0"]],
    "falco.file_output.enabled": [["2.0.0", "9.1.0"]],
    "falco.file_output.filename": [["2.0.0", "9.1.0"]],
    "falco.file_output.keep_alive": [["2.0.0", "9.1.0"]],
    "falco.grpc.bind_address": [["2.0.0", "8.0.5"]],
    "falco.grpc.enabled": [["2.0.0", "8.0.5"]],
    "falco.grpc.threadiness": [["2.0.0", "8.0.5"]],
    "falco.grpc_output.enabled": [["2.0.0", "8.0.5"]],
    "falco.http_output.ca_bundle": [["3.2.0", "9.1.0"]],
    "falco.http_output.ca_cert": [["3.2.0", "9.1.0"]],
    "falco.http_output.ca_path": [["3.2.0", "9.1.0"]],
    "falco.http_output.client_cert": [["3.7.0", "9.1.0"]],
    "falco.http_output.client_key": [["3.7.0", "9.1.0"]],
    "falco.http_output.compress_uploads": [["4.0.0", "9.1.0"]],
    "falco.http_output.echo": [["3.7.0", "9.1.0"]],
    "falco.http_output.enabled": [["2.0.0", "9.1.0"]],
    "falco.http_output.insecure": [["3.2.0", "9.1.0"]],
    "falco.http_output.keep_alive": [["4.0.0", "9.1.0"]],
    "falco.http_output.max_consecutive_timeouts": [["4.22.0", "9.1.0"]],
    "falco.http_output.mtls": [["3.7.0", "9.1.0"]],
    "falco.http_output.url": [["2.0.0", "9.1.0"]],
    "falco.http_output.user_agent": [["2.0.0", "9.1.0"]],
    "falco.libs_logger.enabled": [["2.0.0", "9.1.0"]],
    "falco.libs_logger.severity": [["2.0.0", "9.1.0"]],
    "falco.metadata_download.chunk_wait_us": [["2.0.0", "3.8.7"]],
    "falco.metadata_download.max_mb": [["2.0.0", "3.8.7"]],
    "falco.metadata_download.watch_freq_sec": [["2.0.0", "3.8.7"]],
    "falco.metrics.convert_memory_to_mb": [["3.2.0", "6.4.1"]],
    "falco.metrics.enabled": [["3.2.0", "6.4.1"]],
    "falco.metrics.include_empty_values": [["3.2.0", "6.4.1"]],
    "falco.metrics.interval": [["3.2.0", "6.4.1"]],
    "falco.metrics.kernel_event_counters_enabled": [["3.2.0", "6.4.1"]],
    "falco.metrics.kernel_event_counters_per_cpu_enabled": [["4.9.0", "6.4.1"]],
    "falco.metrics.libbpf_stats_enabled": [["3.2.0", "6.4.1"]],
    "falco.metrics.output_rule": [["3.2.0", "6.4.1"]],
    "falco.metrics.resource_utilization_enabled": [["3.2.0", "6.4.1"]],
    "falco.metrics.rules_counters_enabled": [["4.4.0", "6.4.1"]],
    "falco.metrics.state_counters_enabled": [["4.0.0", "6.4.1"]],
    "falco.modern_bpf.cpus_for_each_syscall_buffer": [["3.0.0", "3.8.7"]],
    "falco.outputs.max_burst": [["2.0.0", "3.1.5"], ["3.6.0", "4.8.3"]],
    "falco.outputs.rate": [["2.0.0", "3.1.5"], ["3.6.0", "4.8.3"]],
    "falco.outputs_queue.capacity": [["3.7.0", "9.1.0"]],
    "falco.outputs_queue.recovery": [["3.7.0", "3.7.1"]],
    "falco.program_output.enabled": [["2.0.0", "9.1.0"]],
    "falco.program_output.keep_alive": [["2.0.0", "9.1.0"]],
    "falco.program_output.program": [["2.0.0", "9.1.0"]],
    "falco.stdout_output.enabled": [["2.0.0", "9.1.0"]],
    "falco.syscall_event_drops.actions": [["2.0.0", "9.1.0"]],
    "falco.syscall_event_drops.max_burst": [["2.0.0", "9.1.0"]],
    "falco.syscall_event_drops.rate": [["2.0.0", "9.1.0"]],
    "falco.syscall_event_drops.simulate_drops": [["3.0.0", "9.1.0"]],
    "falco.syscall_event_drops.threshold": [["2.0.0", "9.1.0"]],
    "falco.syscall_event_timeouts.max_consecutives": [["2.0.0", "9.1.0"]],
    "falco.syslog_output.enabled": [["2.0.0", "9.1.0"]],
    "falco.webserver.enabled": [["2.0.0", "9.1.0"]],
    "falco.webserver.k8s_healthz_endpoint": [["2.0.0", "9.1.0"]],
    "falco.webserver.listen_address": [["7.0.0", "9.1.0"]],
    "falco.webserver.listen_port": [["2.0.0", "9.1.0"]],
    "falco.webserver.prometheus_metrics_enabled": [["4.4.0", "9.1.0"]],
    "falco.webserver.ssl_certificate": [["2.0.0", "9.1.0"]],
    "falco.webserver.ssl_enabled": [["2.0.0", "9.1.0"]],
    "falco.webserver.threadiness": [["3.0.0", "9.1.0"]],
    "falcoctl.config.artifact": [["3.0.0", "9.1.0"]],
    "falcoctl.config.artifact.allowedTypes": [["3.0.0", "9.1.0"]],
    "falcoctl.config.artifact.follow": [["3.0.0", "9.1.0"]],
    "falcoctl.config.artifact.follow.every": [["3.0.0", "9.1.0"]],
    "falcoctl.config.artifact.follow.falcoversions": [["3.0.0", "9.1.0"]],
    "falcoctl.config.artifact.follow.pluginsDir": [["3.0.0", "9.1.0"]],
    "falcoctl.config.artifact.follow.refs": [["3.0.0", "9.1.0"]],
    "falcoctl.config.artifact.follow.rulesfilesDir": [["3.0.0", "9.1.0"]],
    "falcoctl.config.artifact.follow.stateDir": [["7.2.0", "9.1.0"]],
    "falcoctl.config.artifact.install": [["3.0.0", "9.1.0"]],
    "falcoctl.config.artifact.install.pluginsDir": [["3.0.0", "9.1.0"]],
    "falcoctl.config.artifact.install.refs": [["3.0.0", "9.1.0"]],
    "falcoctl.config.artifact.install.resolveDeps": [["3.0.0", "9.1.0"]],
    "falcoctl.config.artifact.install.rulesfilesDir": [["3.0.0", "9.1.0"]],
    "falcoctl.config.artifact.install.stateDir": [["7.2.0", "9.1.0"]],
    "falcoctl.config.indexes": [["3.0.0", "9.1.0"]],
    "falcosidekick.enabled": [["1.6.1", "9.1.0"]],
    "falcosidekick.fullfdqn": [["1.10.0", "1.13.1"]],
    "falcosidekick.fullfqdn": [["1.13.2", "9.1.0"]],
    "falcosidekick.listenPort": [["2.0.0", "9.1.0"]],
    "resources.limits": [["1.1.8", "9.1.0"]],
    "resources.limits.cpu": [["1.1.8", "9.1.0"]],
    "resources.limits.memory": [["1.1.8", "9.1.0"]],
    "resources.requests": [["1.1.8", "9.1.0"]],
    "resources.requests.cpu": [["1.1.8", "9.1.0"]],
    "resources.requests.memory": [["1.1.8", "9.1.0"]]
  },
  renderGuard: {
    "driver.ebpf": [["9.0.0", "9.1.0"]],
    "driver.gvisor": [["9.0.0", "9.1.0"]],
    "falco.grpc": [["9.0.0", "9.1.0"]],
    "falco.grpc_output": [["9.0.0", "9.1.0"]]
  },
  falcoVersions: ["0.32.0", "0.32.1", "0.32.2", "0.33.0", "0.33.1", "0.34.0", "0.34.1", "0.35.0", "0.35.1", "0.36.0", "0.36.1", "0.36.2", "0.37.0", "0.37.1", "0.38.0", "0.38.1", "0.38.2", "0.39.0", "0.39.1", "0.39.2", "0.40.0-rc1", "0.40.0", "0.41.0", "0.41.1", "0.41.2", "0.41.3", "0.42.0", "0.42.1", "0.43.0", "0.43.1", "0.44.0", "0.44.1"],
  falcoConfig: {
    append_output: [["0.39.0", "0.44.1"]],
    base_syscalls: [["0.35.0", "0.44.1"]],
    buffer_format_base64: [["0.40.0-rc1", "0.44.1"]],
    buffered_outputs: [["0.32.0", "0.44.1"]],
    capture: [["0.42.0", "0.44.1"]],
    config_files: [["0.38.0", "0.44.1"]],
    container_engines: [["0.39.0", "0.40.0"]],
    engine: [["0.37.0", "0.44.1"]],
    falco_libs: [["0.38.0", "0.44.1"]],
    file_output: [["0.32.0", "0.44.1"]],
    grpc: [["0.32.0", "0.43.1"]],
    grpc_output: [["0.32.0", "0.43.1"]],
    http_output: [["0.32.0", "0.44.1"]],
    json_include_message_property: [["0.39.0", "0.44.1"]],
    json_include_output_fields_property: [["0.41.0", "0.44.1"]],
    json_include_output_property: [["0.32.0", "0.44.1"]],
    json_include_tags_property: [["0.32.0", "0.44.1"]],
    json_output: [["0.32.0", "0.44.1"]],
    libs_logger: [["0.32.1", "0.44.1"]],
    load_plugins: [["0.32.0", "0.44.1"]],
    log_level: [["0.32.0", "0.44.1"]],
    log_stderr: [["0.32.0", "0.44.1"]],
    log_syslog: [["0.32.0", "0.44.1"]],
    metadata_download: [["0.32.0", "0.36.2"]],
    metrics: [["0.35.0", "0.44.1"]],
    modern_bpf: [["0.34.0", "0.37.1"]],
    output_timeout: [["0.32.0", "0.44.1"]],
    outputs: [["0.32.0", "0.36.2"]],
    outputs_queue: [["0.36.0", "0.44.1"]],
    plugins: [["0.32.0", "0.44.1"]],
    plugins_hostinfo: [["0.40.0-rc1", "0.44.1"]],
    priority: [["0.32.0", "0.44.1"]],
    program_output: [["0.32.0", "0.44.1"]],
    rule_matching: [["0.36.0", "0.44.1"]],
    rules: [["0.38.0", "0.44.1"]],
    rules_file: [["0.32.0", "0.44.1"]],
    rules_files: [["0.38.0", "0.44.1"]],
    static_fields: [["0.42.0", "0.44.1"]],
    stdout_output: [["0.32.0", "0.44.1"]],
    syscall_buf_size_preset: [["0.33.0", "0.37.1"]],
    syscall_drop_failed_exit: [["0.35.0", "0.37.1"]],
    syscall_event_drops: [["0.32.0", "0.44.1"]],
    syscall_event_timeouts: [["0.32.0", "0.44.1"]],
    syslog_output: [["0.32.0", "0.44.1"]],
    time_format_iso_8601: [["0.32.0", "0.44.1"]],
    watch_config_files: [["0.32.0", "0.44.1"]],
    webserver: [["0.32.0", "0.44.1"]]
  }
};

// src/knowledge/values-keys.ts
var KEY_VERSIONS = falco_values_keys_default.versions;
var versionIndex = new Map(KEY_VERSIONS.map((v, i) => [v, i]));
var keyVersionIndex = (version2) => versionIndex.get(version2);
var at = (v) => versionIndex.get(v);
var ranges = (table) => new Map(Object.entries(table).map(([path, rows]) => [path, rows.map(([from, to, kind]) => ({ from: at(from), to: at(to), kind }))]));
var HISTORY = ranges(falco_values_keys_default.paths);
var HINTS = ranges(falco_values_keys_default.hints);
var GUARD = ranges(falco_values_keys_default.renderGuard);
var CLOSED = /* @__PURE__ */ new Set(["map", "falco"]);
var SCALAR = /* @__PURE__ */ new Set(["bool", "number"]);
function kindAt(path, vi) {
  return HISTORY.get(path)?.find((s) => s.from <= vi && vi <= s.to)?.kind;
}
function acceptance(path, vi) {
  for (let i = 1; i <= path.length; i++) {
    const prefix = path.slice(0, i).join(".");
    const kind = kindAt(prefix, vi);
    if (!kind) return { accepted: false };
    if (i === path.length) return { accepted: true };
    if (SCALAR.has(kind)) return { accepted: false, scalar: { path: prefix, kind } };
    if (!CLOSED.has(kind)) return { accepted: true };
  }
  return { accepted: true };
}
var acceptedAt = (path, vi) => acceptance(path, vi).accepted;
var knownCache = /* @__PURE__ */ new Map();
function knownPaths(vi) {
  let list2 = knownCache.get(vi);
  if (!list2) {
    list2 = [...HISTORY.keys()].filter((p) => kindAt(p, vi) !== void 0);
    knownCache.set(vi, list2);
  }
  return list2;
}
var hintCache = /* @__PURE__ */ new Map();
var childCache = /* @__PURE__ */ new Map();
var acceptingCache = /* @__PURE__ */ new Map();
function hintPaths(vi) {
  let paths = hintCache.get(vi);
  if (!paths) {
    paths = [...HINTS].filter(([, ranges2]) => vi === void 0 || ranges2.some((r) => r.from <= vi && vi <= r.to)).map(([path]) => path);
    hintCache.set(vi, paths);
  }
  return [...paths];
}
var ALL_PATHS = [...HISTORY.keys()];
function childKeys(parent, vi) {
  const cacheKey = `${vi ?? ""}\0${parent}`;
  let keys = childCache.get(cacheKey);
  if (!keys) {
    const paths = vi === void 0 ? ALL_PATHS : knownPaths(vi);
    const prefix = parent ? `${parent}.` : "";
    keys = [...new Set(paths.filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes(".")).map((p) => p.slice(prefix.length)))];
    childCache.set(cacheKey, keys);
  }
  return [...keys];
}
function renderGuardAt(vi) {
  return [...GUARD].filter(([, ranges2]) => ranges2.some((r) => r.from <= vi && vi <= r.to)).map(([path]) => path);
}
function acceptingVersions(path) {
  const key = JSON.stringify(path);
  let out = acceptingCache.get(key);
  if (!out) {
    out = [];
    for (let vi = 0; vi < KEY_VERSIONS.length; vi++) if (acceptedAt(path, vi)) out.push(vi);
    acceptingCache.set(key, out);
  }
  return [...out];
}
var FALCO_VERSIONS = falco_values_keys_default.falcoVersions;
var falcoIndex = new Map(FALCO_VERSIONS.map((v, i) => [v, i]));
var FALCO_CONFIG = new Map(
  Object.entries(falco_values_keys_default.falcoConfig).map(([key, rows]) => [key, rows.map(([from, to]) => ({ from: falcoIndex.get(from), to: falcoIndex.get(to) }))])
);
function falcoReads(key, falcoVersion) {
  const i = falcoIndex.get(falcoVersion);
  if (i === void 0) return void 0;
  return FALCO_CONFIG.get(key)?.some((r) => r.from <= i && i <= r.to) ?? false;
}

// src/knowledge/suggest.ts
var norm = (s) => s.toLowerCase().replace(/[_-]/g, "");
function editDistance(a, b) {
  const w = b.length + 1;
  const d = new Int32Array((a.length + 1) * w);
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    d[i * w] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * w + j] + 1, d[i * w + j - 1] + 1, d[(i - 1) * w + j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[(i - 2) * w + j - 2] + 1);
      d[i * w + j] = v;
    }
  }
  return d[a.length * w + b.length];
}
var tolerance = (length) => length <= 3 ? 0 : length <= 7 ? 1 : 2;
var byLastKey = /* @__PURE__ */ new Map();
function candidatesByLastKey(vi) {
  let index2 = byLastKey.get(vi);
  if (!index2) {
    index2 = /* @__PURE__ */ new Map();
    for (const c of [...vi === void 0 ? ALL_PATHS : knownPaths(vi), ...hintPaths(vi)]) {
      const last = norm(c.slice(c.lastIndexOf(".") + 1));
      const list2 = index2.get(last);
      if (list2) list2.push(c);
      else index2.set(last, [c]);
    }
    byLastKey.set(vi, index2);
  }
  return index2;
}
function suggestKeys(path, vi) {
  const key = path.at(-1);
  const parent = path.slice(0, -1).join(".");
  const join3 = (k) => parent ? `${parent}.${k}` : k;
  const siblings = childKeys(parent, vi).filter((k) => k !== key);
  const sameSpelling = siblings.filter((k) => norm(k) === norm(key));
  if (sameSpelling.length) return sameSpelling.slice(0, 2).map(join3);
  const limit = tolerance(norm(key).length);
  const close = siblings.map((k) => ({ k, d: editDistance(norm(key), norm(k)) })).filter((c) => c.d <= limit).sort((a, b) => a.d - b.d || compareText(a.k, b.k));
  const out = close.slice(0, 2).map((c) => join3(c.k));
  if (out.length === 2) return out;
  const dotted = path.join(".");
  const sameLast = candidatesByLastKey(vi).get(norm(key)) ?? [];
  const lastCount = sameLast.length;
  const scored = [];
  for (const candidate of new Set(sameLast)) {
    if (candidate === dotted || out.includes(candidate)) continue;
    const parts = candidate.split(".");
    let tail = 0;
    while (tail < parts.length && tail < path.length && norm(parts[parts.length - 1 - tail]) === norm(path[path.length - 1 - tail])) tail++;
    if (tail === 0) continue;
    if (tail === 1 && lastCount > 2 && !(parts.length === 1 && path.length === 2)) continue;
    let head = 0;
    while (head < parts.length && head < path.length && parts[head] === path[head]) head++;
    scored.push({ path: candidate, tail, head, length: parts.length });
  }
  scored.sort((a, b) => b.tail - a.tail || b.head - a.head || a.length - b.length || compareText(a.path, b.path));
  for (const s of scored) {
    if (out.length === 2) break;
    out.push(s.path);
  }
  return out;
}

// src/knowledge/values-schemas.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function schemaDir() {
  for (let dir2 = dirname(fileURLToPath(import.meta.url)); ; dir2 = dirname(dir2)) {
    const candidate = join(dir2, "schemas", "values");
    if (existsSync(join(candidate, "index.json"))) return candidate;
    if (dirname(dir2) === dir2) throw new Error("helmvet: schemas/values/index.json not found beside the program");
  }
}
var dir;
var index;
var compiled = /* @__PURE__ */ new Map();
var SCHEMA_ANNOTATIONS = /* @__PURE__ */ new Set(["$schema", "$id", "title", "description"]);
var escapePointer = (s) => s.replace(/~/g, "~0").replace(/\//g, "~1");
function closedMap(schema, schemaPath, top) {
  if (!schema || typeof schema !== "object" || Array.isArray(schema)) return void 0;
  const node = schema;
  for (const keyword of Object.keys(node)) {
    if (keyword !== "properties" && keyword !== "additionalProperties" && !(top && SCHEMA_ANNOTATIONS.has(keyword))) return void 0;
  }
  if ("additionalProperties" in node && node.additionalProperties !== false) return void 0;
  const properties = node.properties ?? {};
  if (!properties || typeof properties !== "object" || Array.isArray(properties)) return void 0;
  const names = Object.keys(properties);
  if (names.includes("__proto__")) return void 0;
  const children = [];
  for (const name of names) {
    const childPath = `${schemaPath}/properties/${encodeURIComponent(escapePointer(name))}`;
    const child2 = closedMap(properties[name], childPath, false);
    if (!child2) return void 0;
    if (child2.closed || child2.children.length) children.push([name, `/${escapePointer(name)}`, childPath, child2]);
  }
  return { closed: node.additionalProperties === false, keys: new Set(names), children };
}
function check2(node, data, instancePath, schemaPath, errors) {
  if (!(data && typeof data == "object" && !Array.isArray(data))) return;
  const object = data;
  if (node.closed) {
    for (const key in object) {
      if (!node.keys.has(key)) {
        errors.push({ instancePath, schemaPath: `${schemaPath}/additionalProperties`, keyword: "additionalProperties", params: { additionalProperty: key }, message: "must NOT have additional properties" });
      }
    }
  }
  for (const [name, segment, childPath, child2] of node.children) {
    const value = object[name];
    if (value !== void 0) check2(child2, value, instancePath + segment, childPath, errors);
  }
}
function compileValuesSchema(schema, file) {
  const root = closedMap(schema, "#", true);
  if (!root) throw new Error(`helmvet: ${file} uses more than properties and additionalProperties: false`);
  const validate2 = (data) => {
    const errors = [];
    check2(root, data, "", "#", errors);
    validate2.errors = errors.length ? errors : null;
    return errors.length === 0;
  };
  return validate2;
}
function load() {
  dir ??= schemaDir();
  index ??= JSON.parse(readFileSync(join(dir, "index.json"), "utf8"));
  return { dir, index };
}
function valuesSchemaFile(version2) {
  const { index: index2 } = load();
  return version2 === "any" ? index2.any : index2.versions[version2];
}
function valuesValidator(version2) {
  const file = valuesSchemaFile(version2);
  if (!file) return void 0;
  let validate2 = compiled.get(file);
  if (!validate2) {
    validate2 = compileValuesSchema(JSON.parse(readFileSync(join(load().dir, file), "utf8")), `schemas/values/${file}`);
    compiled.set(file, validate2);
  }
  return validate2;
}

// src/knowledge/values-check.ts
var code = (s) => `\`${s}\``;
var joinOr = (items) => items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
var isNull = (n) => n.kind === "scalar" && n.value === null;
var versionAt = (vi) => KEY_VERSIONS[vi];
function decodePointer(pointer) {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function enablesSomething(node) {
  if (node.kind !== "map") return false;
  for (const e of node.entries.values()) if (e.key === "enabled" && e.value.kind === "scalar" && e.value.value === true || enablesSomething(e.value)) return true;
  return false;
}
var capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);
function follow(to, vi, transforms) {
  let path = to;
  for (let hops = 0; hops < 8; hops++) {
    if (acceptedAt(path.split("."), vi)) return { path };
    const m = migrationCovering(path);
    if (!m || keyVersionIndex(m.since) > vi) return {};
    if (m.from === path) transforms.push(m.transform);
    if (!m.to) return { ...m.note ? { note: m.note } : {}, deleted: m.transform === "delete" };
    path = m.to + path.slice(m.from.length);
  }
  return {};
}
function replacementOf(from, value, vi, parent) {
  const m = migrationFor(from);
  if (!m) {
    if (parent?.effect === "overwritten") return { text: void 0, note: `no ${parent.to ?? "other"} key maps to it; it still passes through under ${parent.from}`, mechanical: false };
    if (parent?.to) {
      const target2 = follow(`${parent.to}${from.slice(parent.from.length)}`, vi, []);
      return target2.path ? { text: code(target2.path), mechanical: true } : { text: void 0, note: "it has no equivalent", mechanical: true };
    }
    return { text: void 0, mechanical: parent !== void 0 };
  }
  if (m.transform === "ebpf-enabled-to-driver-kind" || m.transform === "gvisor-enabled-to-driver-kind") {
    const kind = m.transform === "ebpf-enabled-to-driver-kind" ? "ebpf" : "gvisor";
    if (!(value.kind === "scalar" && value.value === true)) return { text: void 0, note: "it is not true", mechanical: true };
    if (vi >= keyVersionIndex("9.0.0")) {
      return kind === "ebpf" ? { text: code("driver.kind: modern_ebpf"), note: "the legacy eBPF probe is gone from chart 9.0.0", mechanical: false } : { text: void 0, note: "the gVisor engine is gone from chart 9.0.0, with no replacement", mechanical: false };
    }
    return { text: code(`driver.kind: ${kind}`), mechanical: true };
  }
  if (m.transform === "manual") return { text: void 0, ...m.note ? { note: m.note } : {}, mechanical: false };
  if (!m.to) return { text: void 0, ...m.note ? { note: m.note } : {}, mechanical: m.transform === "delete" || m.transform === "each-key" && eachKeyMechanical(from, value, vi, m) };
  const transforms = [m.transform];
  const target = follow(m.to, vi, transforms);
  if (!target.path) return { text: void 0, note: target.note ?? m.note ?? "nothing replaces it in this version", mechanical: target.deleted === true };
  const suffix = transforms.includes("socket-to-sockets") ? " (a list)" : transforms.includes("camel-to-snake") && value.kind === "map" ? " (keys below in snake_case)" : "";
  const mechanical = m.transform === "each-key" ? eachKeyMechanical(from, value, vi, m) : transforms.every((t) => MECHANICAL.has(t));
  return { text: `${code(target.path)}${suffix}`, ...m.note ? { note: m.note } : {}, mechanical };
}
function eachKeyMechanical(from, value, vi, m) {
  if (value.kind !== "map") return true;
  return [...value.entries.values()].every((e) => isNull(e.value) || replacementOf(`${from}.${e.key}`, e.value, vi, m).mechanical);
}
function partOf(key, r, manual) {
  if (r.text) return { text: `${code(key)} \u2192 ${r.text}`, drop: false };
  if (manual && r.note) return { text: `${code(key)}: ${r.note}`, drop: false };
  if (r.note?.startsWith("no ")) return { text: `keep ${code(key)} (${r.note})`, drop: false };
  return { text: `drop ${code(key)}${r.note && r.note !== "it has no equivalent" ? ` (${r.note})` : ""}`, drop: true };
}
function replacementClause(from, value, vi) {
  const m = migrationFor(from);
  if (!m) return { text: "", mechanical: false };
  if (m.transform === "each-key" && value.kind === "map") {
    const parts = [];
    let mechanical = true;
    for (const e of value.entries.values()) {
      if (isNull(e.value)) continue;
      const r2 = replacementOf(`${from}.${e.key}`, e.value, vi, m);
      mechanical &&= r2.mechanical;
      parts.push(partOf(e.key, r2, migrationFor(`${from}.${e.key}`)?.transform === "manual"));
    }
    const note = m.note ? ` (${m.note})` : "";
    const target = m.to ? follow(m.to, vi, []).path : void 0;
    if (target) return { text: `Move it to ${code(target)}${note}: ${parts.map((p) => p.text).join(", ")}.`, mechanical };
    const kept = parts.filter((p) => !p.drop).map((p) => p.text);
    return { text: `Delete it${note}${kept.length ? `; first ${kept.join(", ")}` : ""}.`, mechanical };
  }
  const r = replacementOf(from, value, vi);
  if (r.text) return { text: `Use ${r.text} instead${r.note ? ` (${r.note})` : ""}.`, mechanical: r.mechanical };
  if (m.transform === "manual" && r.note) return { text: `${capitalize(r.note)}.`, mechanical: false };
  return { text: `Delete it${r.note ? `: ${r.note}` : ""}.`, mechanical: r.mechanical };
}
var migrateClause = (mechanical) => mechanical ? "`helmvet migrate` rewrites it." : "`helmvet migrate` cannot rewrite it; change it by hand.";
var passedToFalco = (path, vi) => path.length === 2 && path[0] === "falco" && kindAt("falco", vi) === "falco";
function runningFalco(values, chart, label) {
  const tag = stringAt(values, ["image", "tag"])?.trim();
  const m = tag ? /^v?(\d+\.\d+\.\d+(?:-rc\d+)?)(?:-[A-Za-z][\w.]*)?$/.exec(tag) : null;
  if (!tag || m?.[1] === chart.falco) return { version: chart.falco, pinned: false, phrase: `Falco ${chart.falco}, which ${label} deploys`, short: `Falco ${chart.falco}` };
  const version2 = m?.[1];
  const name = version2 ? `Falco ${version2}` : `the Falco of image tag ${tag}`;
  return { version: version2, pinned: true, phrase: `${name}, which image.tag pins`, short: `${name}${version2 ? " (image.tag)" : ""}` };
}
function firstFalcoReading(key, version2) {
  const from = FALCO_VERSIONS.indexOf(version2);
  return FALCO_VERSIONS.slice(from + 1).find((v) => falcoReads(key, v));
}
function removedProblem(path, entry, vi, before, after, target, falco) {
  const dotted = path.join(".");
  const since = versionAt(before + 1);
  const m = migrationFor(dotted);
  const onlyV1 = since === "2.0.0" && acceptingVersions(path).every((i) => versionAt(i).startsWith("1."));
  const origin = onlyV1 ? `is a chart 1.x key (removed in chart 2.0.0)` : `was removed in chart ${since}${after !== void 0 ? ` (and is back in ${versionAt(after)})` : ""}`;
  const effect = m?.effect ?? "ignored";
  let severity = "warning";
  let what;
  if (effect === "startup-failure") {
    severity = "error";
    what = `${target.label} also sets ${code("falco.rules_files")}, and ${falco.short} refuses to start when both keys are set ("both 'rules_files' and 'rules_file' keys set")`;
  } else if (effect === "overwritten") {
    what = `${target.label} writes Falco's metrics settings from the top-level ${code("metrics")} block: ${code("falco.metrics")} passes through only while ${code("metrics.enabled")} is false, and is overwritten once it is true`;
  } else if (passedToFalco(path, vi)) {
    what = `${target.label} writes it into falco.yaml, where ${falco.short} does not read it`;
  } else {
    what = `${target.label} silently ignores it${m?.breaks ? `, so ${m.breaks}` : ""}`;
  }
  const replacement = m ? replacementClause(dotted, entry.value, vi) : { text: "", mechanical: false };
  const suggestions = m ? [] : suggestKeys(path, vi);
  const advice = replacement.text || (suggestions.length ? `Did you mean ${joinOr(suggestions.map(code))}?` : "Delete it.");
  return {
    kind: "removed",
    path,
    entry,
    severity,
    message: `${code(dotted)} ${origin}: ${what}. ${advice} ${migrateClause(m !== void 0 && replacement.mechanical)}`,
    references: m?.sources ?? [],
    fix: {
      kind: m && replacement.mechanical ? "safe" : "manual",
      description: replacement.text ? replacement.text.replace(/\.$/, "") : suggestions.length ? `rename it to ${suggestions[0]}` : `delete ${dotted}`
    }
  };
}
function unknownProblem(path, entry, vi, target, falco) {
  const dotted = path.join(".");
  const suggestions = suggestKeys(path, vi);
  const didYouMean = suggestions.length ? ` Did you mean ${joinOr(suggestions.map(code))}?` : "";
  let message;
  if (target.kind === "any" || vi === void 0) {
    message = `${code(dotted)} is not a key of any falco chart version (${KEY_VERSIONS[0]} to ${KEY_VERSIONS.at(-1)}), so the chart ignores it.${didYouMean || listSiblings(path, void 0)}`;
  } else {
    const later = acceptingVersions(path).find((i) => i > vi);
    const label = target.label;
    const falcoKey = falco !== void 0 && passedToFalco(path, vi);
    const laterFalco = falcoKey && falco.version ? firstFalcoReading(path[1], falco.version) : void 0;
    const scalar = acceptance(path, vi);
    if (falcoKey && laterFalco) {
      const hint = suggestions.length ? ` For ${falco.short}, did you mean ${joinOr(suggestions.map(code))}?` : "";
      const chart = later !== void 0 && kindAt(dotted, later) === "falco-config" ? ` (chart ${versionAt(later)})` : "";
      message = `${code(dotted)} is not a configuration key of ${falco.phrase}: Falco reads it from ${laterFalco}${falco.pinned ? "" : chart}, so it is ignored here. ${falco.pinned ? "Pin a newer Falco" : "Upgrade the chart"} or remove it.${hint}`;
    } else if (later !== void 0) {
      const hint = suggestions.length ? ` For ${label}, did you mean ${joinOr(suggestions.map(code))}?` : "";
      message = `${code(dotted)} is not a key of ${label}: it first appears in chart ${versionAt(later)}, so ${label} ignores it. Upgrade the chart or remove it.${hint}`;
    } else if (!scalar.accepted && scalar.scalar) {
      const parent = scalar.scalar.path;
      const kind = scalar.scalar.kind === "bool" ? "a boolean" : "a number";
      const example = scalar.scalar.kind === "bool" ? `${code(`${parent}: true`)} or ${code(`${parent}: false`)}` : code(`${parent}: <number>`);
      message = `${code(dotted)} is not a key of ${label}: ${code(parent)} is ${kind} there, not a map, so write ${example}.`;
    } else if (falcoKey) {
      message = `${code(dotted)} is not a configuration key of ${falco.phrase}, nor of any other chart or Falco version, so Falco ignores it.${didYouMean}`;
    } else {
      message = `${code(dotted)} is not a key of ${label} nor of any other version, so the chart ignores it.${didYouMean || listSiblings(path, vi)}`;
    }
  }
  return {
    kind: "unknown",
    path,
    entry,
    severity: "warning",
    message,
    references: [],
    ...suggestions.length ? { fix: { kind: "manual", description: `rename it to ${suggestions[0]}` } } : {}
  };
}
function listSiblings(path, vi) {
  if (path.length < 2) return "";
  const parent = path.slice(0, -1).join(".");
  const keys = childKeys(parent, vi).sort();
  return keys.length > 0 && keys.length <= 8 ? ` ${code(parent)} has ${joinOr(keys.map(code)).replace(/ or ([^ ]+)$/, " and $1")}.` : "";
}
function renderBlockingProblem(path, entry, target, vi) {
  const dotted = path.join(".");
  const m = migrationFor(dotted);
  const nullValue = isNull(entry.value);
  const replacement = replacementClause(dotted, entry.value, vi);
  const inUse = enablesSomething(entry.value);
  const mechanical = replacement.mechanical && !inUse;
  const guardText = `its removed-configuration guard fails on the key's mere presence, whatever it holds ("The following chart configuration is no longer supported: ${dotted}")`;
  const message = nullValue ? `${code(dotted)} is set to null, and ${target.label} fails to render when the key is present: ${guardText}. Whether Helm drops a null key the chart does not define before the check depends on the Helm version (helm#6900), so delete it.` : `${code(dotted)} makes ${target.label} fail to render: ${guardText}. ${replacement.text}${inUse ? " It is enabled here: decide what replaces it first." : ""} ${migrateClause(mechanical)}`;
  return {
    kind: "render-blocking",
    path,
    entry,
    severity: nullValue ? "warning" : "error",
    message,
    references: m?.sources ?? [],
    fix: { kind: mechanical || nullValue ? "safe" : "manual", description: `delete ${dotted}` }
  };
}
function checkValueKeys(values, target) {
  if (values?.kind !== "map") return [];
  const vi = target.kind === "version" ? keyVersionIndex(target.chart.version) : void 0;
  if (target.kind === "version" && vi === void 0) return [];
  const problems = [];
  const guard = vi === void 0 ? [] : renderGuardAt(vi);
  for (const g of guard) {
    const entry = entryAt(values, g.split("."));
    if (entry && target.kind === "version") problems.push(renderBlockingProblem(g.split("."), entry, target, vi));
  }
  const validate2 = valuesValidator(target.kind === "version" ? target.chart.version : "any");
  if (!validate2) return problems;
  validate2(toPlain(values));
  const falco = target.kind === "version" ? runningFalco(values, target.chart, target.label) : void 0;
  for (const error of validate2.errors ?? []) {
    if (error.keyword !== "additionalProperties") continue;
    const path = [...decodePointer(error.instancePath), String(error.params.additionalProperty)];
    if (guard.includes(path.join("."))) continue;
    const entry = entryAt(values, path);
    if (!entry || isNull(entry.value)) continue;
    if (target.kind === "any" || vi === void 0 || !falco) {
      problems.push(unknownProblem(path, entry, void 0, target, void 0));
      continue;
    }
    const m = migrationFor(path.join("."));
    const replacementEntry = m?.effect === "startup-failure" && m.to ? entryAt(values, m.to.split(".")) : void 0;
    if (replacementEntry && isNull(replacementEntry.value)) continue;
    const accepting = acceptingVersions(path);
    if (falco.pinned && passedToFalco(path, vi) && !pinnedFalcoMisses(path, accepting, vi, falco)) continue;
    const before = accepting.filter((i) => i < vi).at(-1);
    const after = accepting.find((i) => i > vi);
    problems.push(before !== void 0 ? removedProblem(path, entry, vi, before, after, target, falco) : unknownProblem(path, entry, vi, target, falco));
  }
  return problems;
}
function pinnedFalcoMisses(path, accepting, vi, falco) {
  const m = migrationFor(path.join("."));
  const chartDriven = m !== void 0 && keyVersionIndex(m.since) <= vi && (m.effect === "overwritten" || m.effect === "startup-failure");
  if (!falco.version || falcoReads(path[1], falco.version) === void 0) return chartDriven || accepting.length === 0;
  if (m?.effect === "startup-failure") return falcoReads("rules_files", falco.version) === true;
  return chartDriven || !falcoReads(path[1], falco.version);
}

// src/rules/falco-values.ts
var version = (chart, label = `chart ${chart.version}`) => ({ kind: "version", chart, label });
function valuesTarget(r, knowledge) {
  if (r.status === "resolved" && r.installed) return version(r.installed);
  if (r.status === "git") {
    const rev = r.release.version.raw?.trim() ?? "";
    const tag = /^falco-(\d+\.\d+\.\d+)$/.exec(rev);
    const tagged = tag ? knowledge.chartVersion(tag[1]) : void 0;
    if (tagged) return version(tagged, `chart ${tagged.version} (git tag ${rev})`);
    if (["", "HEAD", "master", "main"].includes(rev)) return version(knowledge.newest, `chart ${knowledge.newest.version} (the newest helmvet knows; the git source follows ${rev || "the default branch"})`);
  }
  return { kind: "any" };
}
var chartOnlyKeys;
function umbrellaValues(values) {
  const falco = values.kind === "map" ? values.entries.get("falco")?.value : void 0;
  if (falco?.kind !== "map") return false;
  chartOnlyKeys ??= new Set(childKeys("", void 0).filter((k) => !childKeys("falco", void 0).includes(k)));
  return [...falco.entries.keys()].some((k) => chartOnlyKeys.has(k));
}
var analysed = /* @__PURE__ */ new WeakMap();
function problemsOfRelease(r, knowledge) {
  let problems = analysed.get(r);
  if (!problems) {
    problems = checkValueKeys(r.release.values, valuesTarget(r, knowledge));
    analysed.set(r, problems);
  }
  return problems;
}
function problemsOfStandalone(s) {
  let problems = analysed.get(s);
  if (!problems) {
    problems = umbrellaValues(s.values) ? [] : checkValueKeys(s.values, { kind: "any" });
    analysed.set(s, problems);
  }
  return problems;
}
function report(ctx, layers, p) {
  const nullAllowed = p.kind === "render-blocking";
  let reported = false;
  for (const layer of layers) {
    const entry = entryAt(layer.values, p.path);
    if (!entry || !nullAllowed && entry.value.kind === "scalar" && entry.value.value === null) continue;
    reported = true;
    ctx.report({ span: entry.keySpan, message: p.message, severity: p.severity, ...p.references.length ? { references: p.references } : {}, ...p.fix ? { fix: p.fix } : {} });
  }
  if (!reported) ctx.report({ span: p.entry.keySpan, message: p.message, severity: p.severity, ...p.references.length ? { references: p.references } : {}, ...p.fix ? { fix: p.fix } : {} });
}
function reportValueKeys(ctx, kind) {
  for (const r of ctx.releases) for (const p of problemsOfRelease(r, ctx.knowledge)) if (p.kind === kind) report(ctx, r.release.layers, p);
  for (const s of ctx.model.standaloneValues) {
    for (const p of problemsOfStandalone(s)) if (p.kind === kind) report(ctx, [{ label: s.file.path, values: s.values, file: s.file }], p);
  }
}

// src/rules/falco/removed-value.ts
var removed_value_default = createRule(
  {
    id: "falco/removed-value",
    title: "A values key the chart version in use has removed",
    severity: "warning",
    fixable: true,
    references: [
      "https://github.com/falcosecurity/charts/blob/falco-9.1.0/charts/falco/BREAKING-CHANGES.md",
      "https://github.com/falcosecurity/charts/blob/falco-2.0.0/falco/CHANGELOG.md",
      "https://github.com/falcosecurity/charts/commit/dcc98894fe3538c295d91d01403cb90ae8e2f925"
    ]
  },
  (ctx) => reportValueKeys(ctx, "removed")
);

// src/rules/falco/render-blocking-value.ts
var render_blocking_value_default = createRule(
  {
    id: "falco/render-blocking-value",
    title: "A values key whose presence makes the chart fail to render",
    severity: "error",
    fixable: true,
    references: ["https://github.com/falcosecurity/falco/commit/23a1f6d9a042655e9b84431c2912f9c30ed72286", "https://github.com/falcosecurity/charts/blob/falco-9.1.0/charts/falco/BREAKING-CHANGES.md"]
  },
  (ctx) => reportValueKeys(ctx, "render-blocking")
);

// src/rules/falco/removed-cli-option.ts
var import_semver5 = __toESM(require_semver2(), 1);
var REMOVED = /^(-k|-K|--k8s-api|--k8s-api-cert|--k8s-node)(=.*)?$/;
var removed_cli_option_default = createRule(
  {
    id: "falco/removed-cli-option",
    title: "A Falco command-line option the deployed Falco no longer has",
    severity: "error",
    fixable: false,
    references: ["https://github.com/falcosecurity/falco/blob/master/CHANGELOG.md#v0370", "https://github.com/falcosecurity/falco/pull/2914"]
  },
  (ctx) => {
    for (const r of ctx.releases) {
      const falco = r.status === "resolved" ? r.installed?.falco : void 0;
      if (!falco || import_semver5.default.lt(falco, "0.37.0")) continue;
      const args = valueAt(r.release.values, ["extra", "args"]);
      for (const arg of args?.kind === "seq" ? args.items : []) {
        if (arg.kind !== "scalar" || typeof arg.value !== "string") continue;
        const m = REMOVED.exec(arg.value.trim());
        if (!m) continue;
        ctx.report({
          span: arg.span,
          message: `extra.args passes ${m[1]}, which Falco removed in 0.37.0 (chart ${r.installed.version} deploys Falco ${falco}): Falco refuses to start on an unknown option; remove it and use collectors.kubernetes.enabled: true (the k8s-metacollector and the k8smeta plugin, which filter by node)`
        });
      }
    }
  }
);

// src/rules/falco/unknown-chart-version.ts
var unknown_chart_version_default = createRule(
  {
    id: "falco/unknown-chart-version",
    title: "A falco chart version helmvet does not know",
    severity: "info",
    fixable: false,
    references: ["https://github.com/falcosecurity/charts/blob/master/charts/falco/CHANGELOG.md"]
  },
  (ctx) => {
    const newest = ctx.knowledge.newest.version;
    for (const r of ctx.releases) {
      if (r.status === "unknown-version") {
        ctx.report({
          span: r.span,
          message: `"${r.constraint}" admits no chart version helmvet knows: it is newer than helmvet's index (newest known ${newest}, ${ctx.knowledge.date}), so helmvet cannot check what it installs; update helmvet`
        });
      }
    }
  }
);

// src/rules/falco/unknown-value.ts
var unknown_value_default = createRule(
  {
    id: "falco/unknown-value",
    title: "A values key the chart version in use does not know",
    severity: "warning",
    fixable: false,
    references: ["https://github.com/falcosecurity/charts/blob/falco-9.1.0/charts/falco/values.yaml", "https://github.com/falcosecurity/falco/blob/0.44.1/userspace/falco/config_json_schema.h"]
  },
  (ctx) => reportValueKeys(ctx, "unknown")
);

// src/knowledge/advisories.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { readdirSync, readFileSync as readFileSync2 } from "node:fs";

// src/generated/validators.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var helper = (m) => typeof m === "function" ? m : m.default;
var validateConfig = validate10;
var schema12 = { "description": "Severity per rule id; off disables the rule.", "type": "object", "propertyNames": { "pattern": "^(falco|flux|talos|helmvet)/[a-z0-9]+(-[a-z0-9]+)*$" }, "additionalProperties": { "enum": ["off", "info", "warning", "error"] } };
var pattern0 = new RegExp("^(falco|flux|talos|helmvet)/[a-z0-9]+(-[a-z0-9]+)*$", "u");
var pattern2 = new RegExp("^(https?|oci)://", "u");
var func2 = helper(import_ucs2length.default);
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "rules" || key0 === "ignore" || key0 === "overrides" || key0 === "mirrors")) {
          validate10.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.rules !== void 0) {
          let data0 = data.rules;
          const _errs2 = errors;
          const _errs3 = errors;
          if (errors === _errs3) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              for (const key1 in data0) {
                const _errs5 = errors;
                if (typeof key1 === "string") {
                  if (!pattern0.test(key1)) {
                    const err0 = { instancePath: instancePath + "/rules", schemaPath: "#/definitions/rules/propertyNames/pattern", keyword: "pattern", params: { pattern: "^(falco|flux|talos|helmvet)/[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^(falco|flux|talos|helmvet)/[a-z0-9]+(-[a-z0-9]+)*$"', propertyName: key1 };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                }
                var valid2 = _errs5 === errors;
                if (!valid2) {
                  const err1 = { instancePath: instancePath + "/rules", schemaPath: "#/definitions/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
                  if (vErrors === null) {
                    vErrors = [err1];
                  } else {
                    vErrors.push(err1);
                  }
                  errors++;
                  validate10.errors = vErrors;
                  return false;
                  break;
                }
              }
              if (valid2) {
                for (const key2 in data0) {
                  let data1 = data0[key2];
                  const _errs7 = errors;
                  if (!(data1 === "off" || data1 === "info" || data1 === "warning" || data1 === "error")) {
                    validate10.errors = [{ instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema12.additionalProperties.enum }, message: "must be equal to one of the allowed values" }];
                    return false;
                  }
                  var valid3 = _errs7 === errors;
                  if (!valid3) {
                    break;
                  }
                }
              }
            } else {
              validate10.errors = [{ instancePath: instancePath + "/rules", schemaPath: "#/definitions/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.ignore !== void 0) {
            let data2 = data.ignore;
            const _errs8 = errors;
            const _errs9 = errors;
            if (errors === _errs9) {
              if (Array.isArray(data2)) {
                var valid5 = true;
                const len0 = data2.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data3 = data2[i0];
                  const _errs11 = errors;
                  if (errors === _errs11) {
                    if (typeof data3 === "string") {
                      if (func2(data3) < 1) {
                        validate10.errors = [{ instancePath: instancePath + "/ignore/" + i0, schemaPath: "#/definitions/globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                        return false;
                      }
                    } else {
                      validate10.errors = [{ instancePath: instancePath + "/ignore/" + i0, schemaPath: "#/definitions/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid5 = _errs11 === errors;
                  if (!valid5) {
                    break;
                  }
                }
              } else {
                validate10.errors = [{ instancePath: instancePath + "/ignore", schemaPath: "#/definitions/globs/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs8 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.overrides !== void 0) {
              let data4 = data.overrides;
              const _errs13 = errors;
              if (errors === _errs13) {
                if (Array.isArray(data4)) {
                  var valid6 = true;
                  const len1 = data4.length;
                  for (let i1 = 0; i1 < len1; i1++) {
                    let data5 = data4[i1];
                    const _errs15 = errors;
                    if (errors === _errs15) {
                      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                        let missing0;
                        if (data5.files === void 0 && (missing0 = "files") || data5.rules === void 0 && (missing0 = "rules")) {
                          validate10.errors = [{ instancePath: instancePath + "/overrides/" + i1, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                          return false;
                        } else {
                          const _errs17 = errors;
                          for (const key3 in data5) {
                            if (!(key3 === "files" || key3 === "rules")) {
                              validate10.errors = [{ instancePath: instancePath + "/overrides/" + i1, schemaPath: "#/properties/overrides/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }];
                              return false;
                              break;
                            }
                          }
                          if (_errs17 === errors) {
                            if (data5.files !== void 0) {
                              let data6 = data5.files;
                              const _errs18 = errors;
                              if (errors === _errs18) {
                                if (Array.isArray(data6)) {
                                  if (data6.length < 1) {
                                    validate10.errors = [{ instancePath: instancePath + "/overrides/" + i1 + "/files", schemaPath: "#/properties/overrides/items/properties/files/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                    return false;
                                  } else {
                                    var valid8 = true;
                                    const len2 = data6.length;
                                    for (let i2 = 0; i2 < len2; i2++) {
                                      let data7 = data6[i2];
                                      const _errs20 = errors;
                                      if (errors === _errs20) {
                                        if (typeof data7 === "string") {
                                          if (func2(data7) < 1) {
                                            validate10.errors = [{ instancePath: instancePath + "/overrides/" + i1 + "/files/" + i2, schemaPath: "#/properties/overrides/items/properties/files/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                            return false;
                                          }
                                        } else {
                                          validate10.errors = [{ instancePath: instancePath + "/overrides/" + i1 + "/files/" + i2, schemaPath: "#/properties/overrides/items/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                      var valid8 = _errs20 === errors;
                                      if (!valid8) {
                                        break;
                                      }
                                    }
                                  }
                                } else {
                                  validate10.errors = [{ instancePath: instancePath + "/overrides/" + i1 + "/files", schemaPath: "#/properties/overrides/items/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                  return false;
                                }
                              }
                              var valid7 = _errs18 === errors;
                            } else {
                              var valid7 = true;
                            }
                            if (valid7) {
                              if (data5.rules !== void 0) {
                                let data8 = data5.rules;
                                const _errs22 = errors;
                                const _errs23 = errors;
                                if (errors === _errs23) {
                                  if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                                    for (const key4 in data8) {
                                      const _errs25 = errors;
                                      if (typeof key4 === "string") {
                                        if (!pattern0.test(key4)) {
                                          const err2 = { instancePath: instancePath + "/overrides/" + i1 + "/rules", schemaPath: "#/definitions/rules/propertyNames/pattern", keyword: "pattern", params: { pattern: "^(falco|flux|talos|helmvet)/[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^(falco|flux|talos|helmvet)/[a-z0-9]+(-[a-z0-9]+)*$"', propertyName: key4 };
                                          if (vErrors === null) {
                                            vErrors = [err2];
                                          } else {
                                            vErrors.push(err2);
                                          }
                                          errors++;
                                        }
                                      }
                                      var valid10 = _errs25 === errors;
                                      if (!valid10) {
                                        const err3 = { instancePath: instancePath + "/overrides/" + i1 + "/rules", schemaPath: "#/definitions/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid" };
                                        if (vErrors === null) {
                                          vErrors = [err3];
                                        } else {
                                          vErrors.push(err3);
                                        }
                                        errors++;
                                        validate10.errors = vErrors;
                                        return false;
                                        break;
                                      }
                                    }
                                    if (valid10) {
                                      for (const key5 in data8) {
                                        let data9 = data8[key5];
                                        const _errs27 = errors;
                                        if (!(data9 === "off" || data9 === "info" || data9 === "warning" || data9 === "error")) {
                                          validate10.errors = [{ instancePath: instancePath + "/overrides/" + i1 + "/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema12.additionalProperties.enum }, message: "must be equal to one of the allowed values" }];
                                          return false;
                                        }
                                        var valid11 = _errs27 === errors;
                                        if (!valid11) {
                                          break;
                                        }
                                      }
                                    }
                                  } else {
                                    validate10.errors = [{ instancePath: instancePath + "/overrides/" + i1 + "/rules", schemaPath: "#/definitions/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid7 = _errs22 === errors;
                              } else {
                                var valid7 = true;
                              }
                            }
                          }
                        }
                      } else {
                        validate10.errors = [{ instancePath: instancePath + "/overrides/" + i1, schemaPath: "#/properties/overrides/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid6 = _errs15 === errors;
                    if (!valid6) {
                      break;
                    }
                  }
                } else {
                  validate10.errors = [{ instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs13 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.mirrors !== void 0) {
                let data10 = data.mirrors;
                const _errs28 = errors;
                if (errors === _errs28) {
                  if (Array.isArray(data10)) {
                    var valid12 = true;
                    const len3 = data10.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      let data11 = data10[i3];
                      const _errs30 = errors;
                      if (errors === _errs30) {
                        if (typeof data11 === "string") {
                          if (!pattern2.test(data11)) {
                            validate10.errors = [{ instancePath: instancePath + "/mirrors/" + i3, schemaPath: "#/properties/mirrors/items/pattern", keyword: "pattern", params: { pattern: "^(https?|oci)://" }, message: 'must match pattern "^(https?|oci)://"' }];
                            return false;
                          }
                        } else {
                          validate10.errors = [{ instancePath: instancePath + "/mirrors/" + i3, schemaPath: "#/properties/mirrors/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                      var valid12 = _errs30 === errors;
                      if (!valid12) {
                        break;
                      }
                    }
                  } else {
                    validate10.errors = [{ instancePath: instancePath + "/mirrors", schemaPath: "#/properties/mirrors/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs28 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate10.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var validateAdvisory = validate11;
var schema15 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/helmvet/helmvet/schemas/advisory.schema.json", "title": "helmvet advisory", "description": "A known-bad range of a Falco component. One file per advisory in src/knowledge/advisories/.", "type": "object", "additionalProperties": false, "required": ["id", "title", "component", "affected", "fixedIn", "why", "action", "references"], "properties": { "id": { "description": "Stable id, e.g. the upstream issue: falco-3610.", "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "title": { "type": "string", "minLength": 10 }, "component": { "description": "What the ranges are versions of: the chart itself, Falco (the chart's appVersion), or a plugin the chart pins.", "enum": ["chart", "falco", "plugin:container", "plugin:k8smeta"] }, "affected": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["range", "effect"], "properties": { "range": { "description": "A Masterminds semver range of the component.", "type": "string", "minLength": 1 }, "effect": { "description": "What goes wrong in this range, one sentence, present tense.", "type": "string", "minLength": 10 } } } }, "when": { "description": "The condition that triggers the defect, a clause that starts with 'when' (optional).", "type": "string", "pattern": "^when " }, "kernel": { "description": "A Masterminds range of the Linux kernel the defect needs: the advisory applies only when the repository tells the nodes' kernel (a talconfig's talosVersion).", "type": "string", "minLength": 1 }, "drivers": { "description": "The Falco drivers the defect needs (driver.kind values, auto included); all when absent.", "type": "array", "minItems": 1, "items": { "enum": ["kmod", "ebpf", "modern_ebpf", "auto", "gvisor"] } }, "fixedIn": { "description": "The first fixed version of the component.", "type": "string", "pattern": "^\\d+\\.\\d+\\.\\d+$" }, "why": { "description": "The mechanism, for the docs and the long message.", "type": "string", "minLength": 20 }, "action": { "description": "What to do, one sentence.", "type": "string", "minLength": 10 }, "references": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^https://" } } } };
var func4 = Object.prototype.hasOwnProperty;
var pattern3 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
var pattern4 = new RegExp("^when ", "u");
var pattern5 = new RegExp("^\\d+\\.\\d+\\.\\d+$", "u");
var pattern6 = new RegExp("^https://", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.id === void 0 && (missing0 = "id") || data.title === void 0 && (missing0 = "title") || data.component === void 0 && (missing0 = "component") || data.affected === void 0 && (missing0 = "affected") || data.fixedIn === void 0 && (missing0 = "fixedIn") || data.why === void 0 && (missing0 = "why") || data.action === void 0 && (missing0 = "action") || data.references === void 0 && (missing0 = "references")) {
        validate11.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func4.call(schema15.properties, key0)) {
            validate11.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.id !== void 0) {
            let data0 = data.id;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (typeof data0 === "string") {
                if (!pattern3.test(data0)) {
                  validate11.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"' }];
                  return false;
                }
              } else {
                validate11.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.title !== void 0) {
              let data1 = data.title;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (typeof data1 === "string") {
                  if (func2(data1) < 10) {
                    validate11.errors = [{ instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" }];
                    return false;
                  }
                } else {
                  validate11.errors = [{ instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.component !== void 0) {
                let data2 = data.component;
                const _errs6 = errors;
                if (!(data2 === "chart" || data2 === "falco" || data2 === "plugin:container" || data2 === "plugin:k8smeta")) {
                  validate11.errors = [{ instancePath: instancePath + "/component", schemaPath: "#/properties/component/enum", keyword: "enum", params: { allowedValues: schema15.properties.component.enum }, message: "must be equal to one of the allowed values" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.affected !== void 0) {
                  let data3 = data.affected;
                  const _errs7 = errors;
                  if (errors === _errs7) {
                    if (Array.isArray(data3)) {
                      if (data3.length < 1) {
                        validate11.errors = [{ instancePath: instancePath + "/affected", schemaPath: "#/properties/affected/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                        return false;
                      } else {
                        var valid1 = true;
                        const len0 = data3.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          let data4 = data3[i0];
                          const _errs9 = errors;
                          if (errors === _errs9) {
                            if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                              let missing1;
                              if (data4.range === void 0 && (missing1 = "range") || data4.effect === void 0 && (missing1 = "effect")) {
                                validate11.errors = [{ instancePath: instancePath + "/affected/" + i0, schemaPath: "#/properties/affected/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                return false;
                              } else {
                                const _errs11 = errors;
                                for (const key1 in data4) {
                                  if (!(key1 === "range" || key1 === "effect")) {
                                    validate11.errors = [{ instancePath: instancePath + "/affected/" + i0, schemaPath: "#/properties/affected/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                    return false;
                                    break;
                                  }
                                }
                                if (_errs11 === errors) {
                                  if (data4.range !== void 0) {
                                    let data5 = data4.range;
                                    const _errs12 = errors;
                                    if (errors === _errs12) {
                                      if (typeof data5 === "string") {
                                        if (func2(data5) < 1) {
                                          validate11.errors = [{ instancePath: instancePath + "/affected/" + i0 + "/range", schemaPath: "#/properties/affected/items/properties/range/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                          return false;
                                        }
                                      } else {
                                        validate11.errors = [{ instancePath: instancePath + "/affected/" + i0 + "/range", schemaPath: "#/properties/affected/items/properties/range/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                    var valid2 = _errs12 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data4.effect !== void 0) {
                                      let data6 = data4.effect;
                                      const _errs14 = errors;
                                      if (errors === _errs14) {
                                        if (typeof data6 === "string") {
                                          if (func2(data6) < 10) {
                                            validate11.errors = [{ instancePath: instancePath + "/affected/" + i0 + "/effect", schemaPath: "#/properties/affected/items/properties/effect/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" }];
                                            return false;
                                          }
                                        } else {
                                          validate11.errors = [{ instancePath: instancePath + "/affected/" + i0 + "/effect", schemaPath: "#/properties/affected/items/properties/effect/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                      var valid2 = _errs14 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                  }
                                }
                              }
                            } else {
                              validate11.errors = [{ instancePath: instancePath + "/affected/" + i0, schemaPath: "#/properties/affected/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid1 = _errs9 === errors;
                          if (!valid1) {
                            break;
                          }
                        }
                      }
                    } else {
                      validate11.errors = [{ instancePath: instancePath + "/affected", schemaPath: "#/properties/affected/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.when !== void 0) {
                    let data7 = data.when;
                    const _errs16 = errors;
                    if (errors === _errs16) {
                      if (typeof data7 === "string") {
                        if (!pattern4.test(data7)) {
                          validate11.errors = [{ instancePath: instancePath + "/when", schemaPath: "#/properties/when/pattern", keyword: "pattern", params: { pattern: "^when " }, message: 'must match pattern "^when "' }];
                          return false;
                        }
                      } else {
                        validate11.errors = [{ instancePath: instancePath + "/when", schemaPath: "#/properties/when/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid0 = _errs16 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.kernel !== void 0) {
                      let data8 = data.kernel;
                      const _errs18 = errors;
                      if (errors === _errs18) {
                        if (typeof data8 === "string") {
                          if (func2(data8) < 1) {
                            validate11.errors = [{ instancePath: instancePath + "/kernel", schemaPath: "#/properties/kernel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                            return false;
                          }
                        } else {
                          validate11.errors = [{ instancePath: instancePath + "/kernel", schemaPath: "#/properties/kernel/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                      var valid0 = _errs18 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.drivers !== void 0) {
                        let data9 = data.drivers;
                        const _errs20 = errors;
                        if (errors === _errs20) {
                          if (Array.isArray(data9)) {
                            if (data9.length < 1) {
                              validate11.errors = [{ instancePath: instancePath + "/drivers", schemaPath: "#/properties/drivers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                              return false;
                            } else {
                              var valid3 = true;
                              const len1 = data9.length;
                              for (let i1 = 0; i1 < len1; i1++) {
                                let data10 = data9[i1];
                                const _errs22 = errors;
                                if (!(data10 === "kmod" || data10 === "ebpf" || data10 === "modern_ebpf" || data10 === "auto" || data10 === "gvisor")) {
                                  validate11.errors = [{ instancePath: instancePath + "/drivers/" + i1, schemaPath: "#/properties/drivers/items/enum", keyword: "enum", params: { allowedValues: schema15.properties.drivers.items.enum }, message: "must be equal to one of the allowed values" }];
                                  return false;
                                }
                                var valid3 = _errs22 === errors;
                                if (!valid3) {
                                  break;
                                }
                              }
                            }
                          } else {
                            validate11.errors = [{ instancePath: instancePath + "/drivers", schemaPath: "#/properties/drivers/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs20 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.fixedIn !== void 0) {
                          let data11 = data.fixedIn;
                          const _errs23 = errors;
                          if (errors === _errs23) {
                            if (typeof data11 === "string") {
                              if (!pattern5.test(data11)) {
                                validate11.errors = [{ instancePath: instancePath + "/fixedIn", schemaPath: "#/properties/fixedIn/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+\\.\\d+$" }, message: 'must match pattern "^\\d+\\.\\d+\\.\\d+$"' }];
                                return false;
                              }
                            } else {
                              validate11.errors = [{ instancePath: instancePath + "/fixedIn", schemaPath: "#/properties/fixedIn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                          var valid0 = _errs23 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.why !== void 0) {
                            let data12 = data.why;
                            const _errs25 = errors;
                            if (errors === _errs25) {
                              if (typeof data12 === "string") {
                                if (func2(data12) < 20) {
                                  validate11.errors = [{ instancePath: instancePath + "/why", schemaPath: "#/properties/why/minLength", keyword: "minLength", params: { limit: 20 }, message: "must NOT have fewer than 20 characters" }];
                                  return false;
                                }
                              } else {
                                validate11.errors = [{ instancePath: instancePath + "/why", schemaPath: "#/properties/why/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                            }
                            var valid0 = _errs25 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.action !== void 0) {
                              let data13 = data.action;
                              const _errs27 = errors;
                              if (errors === _errs27) {
                                if (typeof data13 === "string") {
                                  if (func2(data13) < 10) {
                                    validate11.errors = [{ instancePath: instancePath + "/action", schemaPath: "#/properties/action/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" }];
                                    return false;
                                  }
                                } else {
                                  validate11.errors = [{ instancePath: instancePath + "/action", schemaPath: "#/properties/action/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs27 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.references !== void 0) {
                                let data14 = data.references;
                                const _errs29 = errors;
                                if (errors === _errs29) {
                                  if (Array.isArray(data14)) {
                                    if (data14.length < 1) {
                                      validate11.errors = [{ instancePath: instancePath + "/references", schemaPath: "#/properties/references/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                      return false;
                                    } else {
                                      var valid4 = true;
                                      const len2 = data14.length;
                                      for (let i2 = 0; i2 < len2; i2++) {
                                        let data15 = data14[i2];
                                        const _errs31 = errors;
                                        if (errors === _errs31) {
                                          if (typeof data15 === "string") {
                                            if (!pattern6.test(data15)) {
                                              validate11.errors = [{ instancePath: instancePath + "/references/" + i2, schemaPath: "#/properties/references/items/pattern", keyword: "pattern", params: { pattern: "^https://" }, message: 'must match pattern "^https://"' }];
                                              return false;
                                            }
                                          } else {
                                            validate11.errors = [{ instancePath: instancePath + "/references/" + i2, schemaPath: "#/properties/references/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                        }
                                        var valid4 = _errs31 === errors;
                                        if (!valid4) {
                                          break;
                                        }
                                      }
                                    }
                                  } else {
                                    validate11.errors = [{ instancePath: instancePath + "/references", schemaPath: "#/properties/references/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs29 === errors;
                              } else {
                                var valid0 = true;
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate11.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate11.errors = vErrors;
  return errors === 0;
}

// src/knowledge/range.ts
var import_semver6 = __toESM(require_semver2(), 1);
var ConstraintError = class extends Error {
  name = "ConstraintError";
};
var LOOSE_VERSION = /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
function parseVersion(text) {
  const m = LOOSE_VERSION.exec(text);
  if (!m) return void 0;
  const [, major = "", minorPart, patchPart, pre, build] = m;
  const minor = minorPart?.slice(1);
  const patch = patchPart?.slice(1);
  const num = (s) => (s ?? "0").replace(/^0+(?=\d)/, "");
  const sv = import_semver6.default.parse(`${num(major)}.${num(minor)}.${num(patch)}${pre ? `-${pre}` : ""}${build ? `+${build}` : ""}`);
  if (!sv) return void 0;
  const canonical = (s) => s !== void 0 && num(s) === s;
  return { sv, pre: pre ?? "", strict: canonical(major) && canonical(minor) && canonical(patch) };
}
var compare = (a, b) => import_semver6.default.compare(a.sv, b.sv);
var WS = "[\\t\\n\\f\\r ]";
var CV = "v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?";
var OPS = "=||!=|>|<|>=|=>|<=|=<|~|~>|\\^";
var RANGE = new RegExp(`(${CV})${WS}+-${WS}+(${CV})${WS}*`, "g");
var FIND = new RegExp(`(${OPS})${WS}*(${CV})`, "g");
var ONE = new RegExp(`^${WS}*(${OPS})${WS}*(${CV})${WS}*$`);
var VALID = new RegExp(`^(${WS}*(${OPS})${WS}*(${CV})${WS}*)((?:${WS}+|,${WS}*)(${OPS})${WS}*(${CV})${WS}*)*$`);
var isX = (s) => s === "x" || s === "X" || s === "*";
function tilde(v, c) {
  if (compare(v, c.con) < 0) return false;
  const { major, minor, patch } = c.con.sv;
  if (major === 0 && minor === 0 && patch === 0 && !c.minorDirty && !c.patchDirty) return true;
  return v.sv.major === major && (c.minorDirty || v.sv.minor === minor);
}
function caret(v, c) {
  if (compare(v, c.con) < 0) return false;
  const con = c.con.sv;
  if (con.major > 0 || c.minorDirty) return v.sv.major === con.major;
  if (v.sv.major > 0) return false;
  if (con.minor > 0 || c.patchDirty) return v.sv.minor === con.minor;
  if (v.sv.minor > 0) return false;
  return v.sv.patch === con.patch;
}
var OPERATORS = {
  // No operator or `=`: a partial version means `~` (`1.2` = 1.2.x), a full one means equal.
  "": (v, c) => c.dirty ? tilde(v, c) : compare(v, c.con) === 0,
  "!=": (v, c) => {
    const con = c.con.sv;
    if (c.dirty) {
      if (v.sv.major !== con.major) return true;
      if (c.minorDirty) return false;
      if (v.sv.minor !== con.minor) return true;
      if (!c.patchDirty && v.sv.patch !== con.patch) return true;
      if (c.patchDirty) return v.pre !== c.con.pre;
    }
    return compare(v, c.con) !== 0;
  },
  ">": (v, c) => {
    if (!c.dirty) return compare(v, c.con) > 0;
    if (v.sv.major !== c.con.sv.major) return v.sv.major > c.con.sv.major;
    if (c.minorDirty) return false;
    if (c.patchDirty) return v.sv.minor > c.con.sv.minor;
    return compare(v, c.con) > 0;
  },
  // `<1.2` is < 1.2.0 and `>=1.2` is >= 1.2.0: the wildcard is a zero.
  "<": (v, c) => compare(v, c.con) < 0,
  ">=": (v, c) => compare(v, c.con) >= 0,
  "<=": (v, c) => {
    if (!c.dirty) return compare(v, c.con) <= 0;
    if (v.sv.major > c.con.sv.major) return false;
    return !(v.sv.major === c.con.sv.major && v.sv.minor > c.con.sv.minor && !c.minorDirty);
  },
  "~": tilde,
  "^": caret
};
var ALIASES = { "=": "", "=>": ">=", "=<": "<=", "~>": "~" };
function parseComparison(token, raw, from) {
  const m = ONE.exec(token);
  if (!m) throw new ConstraintError(`invalid version constraint ${JSON.stringify(raw)}: cannot read ${JSON.stringify(token)}`);
  const [, op = "", cv = "", major = "", minor = "", patch = "", pre = ""] = m;
  let text = cv;
  let minorDirty = false;
  let patchDirty = false;
  let dirty = true;
  if (isX(major)) text = `0.0.0${pre}`;
  else if (minor === "" || isX(minor.slice(1))) [text, minorDirty] = [`${major}.0.0${pre}`, true];
  else if (patch === "" || isX(patch.slice(1))) [text, patchDirty] = [`${major}${minor}.0${pre}`, true];
  else dirty = false;
  const con = parseVersion(text);
  if (!con) {
    const i = raw.indexOf(cv, from);
    throw new ConstraintError(
      `invalid version constraint ${JSON.stringify(raw)}: ${JSON.stringify(cv)}${i < 0 ? "" : ` at offset ${i}`} is not a valid version`
    );
  }
  return { op: ALIASES[op] ?? op, con, dirty, minorDirty, patchDirty };
}
var MastermindsConstraint = class {
  raw;
  /** OR of AND groups; `pre` is true when a comparison of the group names a prerelease. */
  groups = [];
  constructor(raw) {
    this.raw = raw;
    let text = raw;
    let end = 0;
    for (const m of raw.matchAll(RANGE)) {
      let start = m.index;
      while (start > end && /[\t\n\f\r ]/.test(raw.charAt(start - 1))) start--;
      end = m.index + m[0].length;
      text = text.replace(raw.slice(start, end), () => `>= ${m[1] ?? ""}, <= ${m[11] ?? ""} `);
    }
    let offset = 0;
    for (const [index2, segment] of text.split("||").entries()) {
      const from = text === raw ? offset : 0;
      if (!VALID.test(segment.replace(/[\t\n\f\r ]+/g, " "))) {
        throw new ConstraintError(
          `invalid version constraint ${JSON.stringify(raw)}: alternative ${index2 + 1} ` + (text === raw ? `(${JSON.stringify(segment)}) at offset ${from}` : `(${JSON.stringify(segment)} after rewriting hyphen ranges)`) + ' is not a list of comparisons such as ">=1.2.3 <2"'
        );
      }
      const comparisons = [...segment.matchAll(FIND)].map((m) => parseComparison(m[0], raw, from));
      this.groups.push({ comparisons, pre: comparisons.some((c) => c.con.pre !== "") });
      offset += segment.length + 2;
    }
  }
  check(version2) {
    const v = parseVersion(version2);
    return v !== void 0 && this.checkVersion(v);
  }
  checkVersion(v) {
    return this.groups.some(
      // A prerelease version is only considered by a group that names a prerelease somewhere.
      (g) => (v.pre === "" || g.pre) && g.comparisons.every((c) => OPERATORS[c.op]?.(v, c) ?? false)
    );
  }
};
function parseConstraint(raw) {
  return new MastermindsConstraint(raw);
}
function chooseVersion(raw, available) {
  if (raw) {
    const hit = available.find((v) => v === raw);
    if (hit !== void 0) return { admitted: [hit], chosen: hit, exact: true };
  }
  const constraint = new MastermindsConstraint(raw ? raw : "*");
  const matched = [];
  for (const text of available) {
    const v = parseVersion(text);
    if (v?.strict && constraint.checkVersion(v)) matched.push({ text, v });
  }
  matched.sort((a, b) => compare(a.v, b.v));
  const admitted = matched.map((m) => m.text);
  return { admitted, chosen: admitted.at(-1), exact: false };
}

// src/knowledge/advisories.ts
var AdvisoryError = class extends Error {
};
var validate = validateAdvisory;
function loadAdvisory(name, text) {
  let data;
  try {
    data = (0, import_yaml2.parse)(text);
  } catch (e) {
    throw new AdvisoryError(`advisory ${name}: ${e.message.split("\n")[0]}`);
  }
  if (!validate(data)) {
    const err = validate.errors?.[0];
    throw new AdvisoryError(`advisory ${name}: ${err?.instancePath || "/"} ${err?.message ?? "is invalid"}`);
  }
  const advisory = data;
  const ranges2 = advisory.affected.map((a) => {
    try {
      return { constraint: parseConstraint(a.range), effect: a.effect };
    } catch (e) {
      throw new AdvisoryError(`advisory ${name}: range "${a.range}": ${e.message}`);
    }
  });
  let kernelRange;
  try {
    kernelRange = advisory.kernel ? parseConstraint(advisory.kernel) : void 0;
  } catch (e) {
    throw new AdvisoryError(`advisory ${name}: kernel "${advisory.kernel}": ${e.message}`);
  }
  const effects = /* @__PURE__ */ new Map();
  const affects = (v) => {
    if (!effects.has(v)) effects.set(v, ranges2.find((r) => r.constraint.check(v))?.effect);
    return effects.get(v);
  };
  return { ...advisory, ranges: ranges2, kernelRange, affects };
}
function loadAdvisories(dir2 = new URL("./advisories/", import.meta.url)) {
  return readdirSync(dir2).filter((n) => n.endsWith(".yaml")).sort().map((n) => loadAdvisory(n, readFileSync2(new URL(n, dir2), "utf8")));
}
function defaultComponent(advisory, chart) {
  switch (advisory.component) {
    case "chart":
      return chart.version;
    case "falco":
      return chart.falco;
    case "plugin:container":
      return chart.containerPlugin;
    case "plugin:k8smeta":
      return chart.k8smetaPlugin;
  }
}
function shortRef(url) {
  const m = /github\.com\/[^/]+\/([^/]+)\/(?:issues|pull)\/(\d+)/.exec(url);
  return m ? `${m[1]}#${m[2]}` : url;
}

// src/knowledge/plugins.ts
var import_semver7 = __toESM(require_semver2(), 1);
function pluginTag(ref, plugin) {
  const m = new RegExp(`(?:^|/)${plugin}:v?(\\d+\\.\\d+\\.\\d+)$`).exec(ref.trim());
  return m?.[1];
}
var isPluginRef = (ref, plugin) => new RegExp(`(?:^|/)${plugin}(?::|@|$)`).test(ref.trim());
function userPlugin(values, name) {
  const list2 = valueAt(values, ["falco", "plugins"]);
  if (list2?.kind !== "seq" || !list2.items.some((p) => stringAt(p, ["name"]) === name)) return void 0;
  const load2 = valueAt(values, ["falco", "load_plugins"]);
  return { loaded: load2?.kind === "seq" && load2.items.some((i) => i.kind === "scalar" && i.value === name) };
}
function containerPluginLoaded(values, chart) {
  if (chart && import_semver7.default.lt(chart.version, "4.22.0")) return false;
  if (boolAt(values, ["collectors", "enabled"]) === false || boolAt(values, ["driver", "enabled"]) === false) return false;
  const own = userPlugin(values, "container");
  if (own) return own.loaded;
  const modern = !chart || import_semver7.default.gte(chart.version, "6.2.0");
  if (boolAt(values, ["collectors", "containerEngine", "enabled"]) ?? modern) return true;
  if (chart && import_semver7.default.gte(chart.version, "7.0.0")) return false;
  return ["docker", "containerd", "crio"].some((c) => boolAt(values, ["collectors", c, "enabled"]) ?? !modern);
}
function k8smetaPluginLoaded(values, chart) {
  if (chart && import_semver7.default.lt(chart.version, "4.0.0")) return false;
  if (boolAt(values, ["driver", "enabled"]) === false) return false;
  const own = userPlugin(values, "k8smeta");
  if (own) return own.loaded;
  return boolAt(values, ["collectors", "kubernetes", "enabled"]) === true;
}
function userPluginRefs(values, plugin) {
  const refs = [];
  const key = valueAt(values, ["collectors", plugin === "container" ? "containerEngine" : "kubernetes", "pluginRef"]);
  if (key?.kind === "scalar" && typeof key.value === "string") refs.push(key);
  const install = valueAt(values, ["falcoctl", "config", "artifact", "install", "refs"]);
  for (const item of install?.kind === "seq" ? install.items : []) {
    if (item.kind === "scalar" && typeof item.value === "string" && isPluginRef(item.value, plugin)) refs.push(item);
  }
  return refs;
}

// src/knowledge/talos.ts
var import_semver8 = __toESM(require_semver2(), 1);
var TALOS_KERNELS = {
  "1.8.0": "6.6.52",
  "1.8.1": "6.6.54",
  "1.8.2": "6.6.58",
  "1.8.3": "6.6.60",
  "1.8.4": "6.6.64",
  "1.9.0": "6.12.5",
  "1.9.1": "6.12.6",
  "1.9.2": "6.12.9",
  "1.9.3": "6.12.11",
  "1.9.4": "6.12.13",
  "1.9.5": "6.12.18",
  "1.9.6": "6.12.25",
  "1.10.0": "6.12.25",
  "1.10.1": "6.12.25",
  "1.10.2": "6.12.27",
  "1.10.3": "6.12.28",
  "1.10.4": "6.12.31",
  "1.10.5": "6.12.35",
  "1.10.6": "6.12.40",
  "1.10.7": "6.12.43",
  "1.10.8": "6.12.58",
  "1.10.9": "6.12.63",
  "1.11.0": "6.12.43",
  "1.11.1": "6.12.45",
  "1.11.2": "6.12.48",
  "1.11.3": "6.12.52",
  "1.11.4": "6.12.57",
  "1.11.5": "6.12.57",
  "1.11.6": "6.12.62",
  "1.12.0": "6.18.1",
  "1.12.1": "6.18.2",
  "1.12.2": "6.18.5",
  "1.12.3": "6.18.8",
  "1.12.4": "6.18.9",
  "1.12.5": "6.18.15",
  "1.12.6": "6.18.18",
  "1.12.7": "6.18.24",
  "1.12.8": "6.18.32",
  "1.12.9": "6.18.35",
  "1.12.10": "6.18.38",
  "1.12.11": "6.18.42",
  "1.13.0": "6.18.24",
  "1.13.1": "6.18.29",
  "1.13.2": "6.18.29",
  "1.13.3": "6.18.33",
  "1.13.4": "6.18.34",
  "1.13.5": "6.18.36",
  "1.13.6": "6.18.38",
  "1.13.7": "6.18.39",
  "1.13.8": "6.18.42",
  "1.13.9": "6.18.44",
  "1.14.0-rc.1": "6.18.44"
};
var talosKernel = (version2) => version2 ? TALOS_KERNELS[version2] : void 0;
var SECURE_BOOT_LOCKDOWN_SINCE = "1.5.0";
var SECURE_BOOT_LOCKDOWN_UNTIL = "1.14.0";
var NEGATED_KERNEL_ARGS_SINCE = "1.6.0";
var INSTALL_ARGS_IGNORED_WITH_SYSTEMD_BOOT_SINCE = "1.10.0";
var INSTALL_ARGS_DEPRECATED_SINCE = "1.12.0";
var talosLine = (version2) => version2.replace(/\.0$/, "");
function parseTalosVersion(raw) {
  const v = raw?.trim().replace(/^v/, "");
  return v && import_semver8.default.valid(v) ? v : void 0;
}
function secureBootForcesConfidentiality(version2) {
  if (!version2) return void 0;
  return import_semver8.default.gte(version2, SECURE_BOOT_LOCKDOWN_SINCE) && import_semver8.default.lt(version2, SECURE_BOOT_LOCKDOWN_UNTIL);
}
var supportsNegatedArgs = (version2) => !version2 || import_semver8.default.gte(version2, NEGATED_KERNEL_ARGS_SINCE);
function isSecureBootInstaller(image) {
  const path = imageRepository(image);
  return path.split("/").slice(1).some((segment) => segment === "installer-secureboot" || segment.endsWith("-installer-secureboot"));
}
function imageRepository(image) {
  const noDigest = image.trim().split("@")[0];
  const lastSlash = noDigest.lastIndexOf("/");
  const colon = noDigest.indexOf(":", lastSlash + 1);
  return colon < 0 ? noDigest : noDigest.slice(0, colon);
}
function imageTag(image) {
  const repo = imageRepository(image);
  const rest = image.trim().split("@")[0].slice(repo.length);
  return rest.startsWith(":") ? rest.slice(1) : void 0;
}
var RANK = { none: 0, integrity: 1, confidentiality: 2 };
function lockdownLevel(values) {
  let level = "none";
  for (const v of values) if ((v === "integrity" || v === "confidentiality") && RANK[v] > RANK[level]) level = v;
  return level;
}
function groups(args) {
  const out = [];
  for (const arg of args) {
    for (const field of arg.text.split(/\s+/).filter(Boolean)) {
      const eq = field.indexOf("=");
      const key = eq < 0 ? field : field.slice(0, eq);
      const value = eq < 0 ? "" : field.slice(eq + 1);
      const group = out.find((g) => g.key === key);
      if (group) group.values.push({ value, arg });
      else out.push({ key, values: [{ value, arg }] });
    }
  }
  return out;
}
function applyKernelArgs(base, args, negation) {
  let lockdown = base.map((value) => ({ value, from: void 0 }));
  const effects = /* @__PURE__ */ new Map();
  for (const group of groups(args)) {
    const first = group.values[0];
    if (group.key === "lockdown") {
      for (const { value, arg } of group.values) {
        lockdown.push({ value, from: arg });
        if (!effects.has(arg)) effects.set(arg, { kind: "appended" });
      }
      continue;
    }
    if (!group.key.startsWith("-") || group.key.slice(1) !== "lockdown") continue;
    if (!negation) {
      for (const { arg } of group.values) effects.set(arg, { kind: "literal" });
      continue;
    }
    if (first.value === "") {
      const removed = lockdown;
      lockdown = [];
      effects.set(first.arg, { kind: "deleted-all", removed });
    } else {
      const listed = new Set(group.values.map((v) => v.value));
      const removed = lockdown.filter((l) => listed.has(l.value));
      lockdown = lockdown.filter((l) => !listed.has(l.value));
      for (const { value, arg } of group.values) {
        if (arg === first.arg) effects.set(arg, { kind: "deleted", removed: removed.filter((r) => r.value === value) });
        else if (!effects.has(arg)) effects.set(arg, value === "" ? { kind: "folded", into: first.arg } : { kind: "deleted", removed: removed.filter((r) => r.value === value) });
      }
      continue;
    }
    for (const { arg } of group.values.slice(1)) if (!effects.has(arg)) effects.set(arg, { kind: "folded", into: first.arg });
  }
  return { lockdown, level: lockdownLevel(lockdown.map((l) => l.value)), effects };
}
var isLockdownArg = (text) => text.split(/\s+/).some((f) => /^-?lockdown(=|$)/.test(f));
var LOCKDOWN_FIX = 'extraKernelArgs: ["-lockdown", "lockdown=integrity"]';

// src/load/source.ts
var import_yaml4 = __toESM(require_dist(), 1);

// src/load/templates.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { existsSync as existsSync2 } from "node:fs";
import { dirname as dirname2, join as join2, sep } from "node:path";
function chartOfTemplate(absPath, hasChartFile = (dir2) => existsSync2(join2(dir2, "Chart.yaml"))) {
  const parts = dirname2(absPath).split(sep);
  for (let i = parts.length - 1; i > 0; i--) {
    if (parts[i] !== "templates") continue;
    const chart = parts.slice(0, i).join(sep) || sep;
    if (hasChartFile(chart)) return chart;
  }
  return void 0;
}
var LINE_MARKER = /^[ \t]*(?:-[ \t]+)?\{[{%#]/gm;
function scalarRanges(documents) {
  const out = [];
  for (const doc of documents) {
    (0, import_yaml3.visit)(doc, {
      Scalar(_, node) {
        if ((0, import_yaml3.isScalar)(node) && node.range) out.push([node.range[0], node.range[1]]);
      }
    });
  }
  return out;
}
function textTemplateAt(text, documents) {
  LINE_MARKER.lastIndex = 0;
  let ranges2;
  for (let m = LINE_MARKER.exec(text); m; m = LINE_MARKER.exec(text)) {
    const at2 = m.index + m[0].length - 2;
    ranges2 ??= scalarRanges(documents);
    if (!ranges2.some(([start, end]) => at2 >= start && at2 < end)) return at2;
  }
  return void 0;
}

// src/load/source.ts
var YAML_OPTIONS = { version: "1.1", merge: true, uniqueKeys: false, prettyErrors: false, strict: true };
var MAX_DEPTH = 500;
var MAX_TOKENS = 1e6;
var MAX_DOCUMENTS = 5e4;
function refusalDocument(text, offset, message) {
  const [doc] = Array.from(new import_yaml4.Composer(YAML_OPTIONS).compose([], true, text.length));
  doc.errors.push(new import_yaml4.YAMLParseError([offset, offset], "RESOURCE_EXHAUSTION", message));
  return doc;
}
function parseYaml(text, lineCounter) {
  const parser = new import_yaml4.Parser(lineCounter?.addNewLine);
  let refused;
  function* limited() {
    lineCounter?.addNewLine(0);
    let tokens = 0;
    let documents2 = 0;
    for (const lexeme of new import_yaml4.Lexer().lex(text)) {
      const at2 = parser.offset;
      for (const token of parser.next(lexeme)) {
        if (token.type === "document" && ++documents2 > MAX_DOCUMENTS) {
          refused = { reason: "size", offset: token.offset, message: `more than ${MAX_DOCUMENTS.toLocaleString("en")} YAML documents, over helmvet's limit for one text` };
          return;
        }
        yield token;
      }
      if (parser.stack.length - 1 > MAX_DEPTH) {
        refused = { reason: "depth", offset: at2, message: `nested deeper than ${MAX_DEPTH} levels; helmvet does not parse it (no Kubernetes tool reads such a file)` };
        return;
      }
      if (++tokens > MAX_TOKENS) {
        refused = { reason: "size", offset: at2, message: `more than ${MAX_TOKENS.toLocaleString("en")} YAML tokens, over helmvet's limit for one text` };
        return;
      }
    }
    yield* parser.end();
  }
  const documents = Array.from(new import_yaml4.Composer(YAML_OPTIONS).compose(limited()));
  return refused ? { documents: [refusalDocument(text, refused.offset, refused.message)], refused } : { documents };
}
function linesOf(text) {
  const lines = new import_yaml4.LineCounter();
  lines.addNewLine(0);
  for (let at2 = text.indexOf("\n"); at2 >= 0; at2 = text.indexOf("\n", at2 + 1)) lines.addNewLine(at2 + 1);
  return lines;
}
var keyText = (key) => key.type === "PLAIN" && key.source !== void 0 ? String(key.source) : String(key.value);
function duplicatesOf(doc, document) {
  const out = [];
  (0, import_yaml4.visit)(doc, {
    Map(_, map, ancestors) {
      const seen = /* @__PURE__ */ new Map();
      for (const pair of map.items) {
        if (!(0, import_yaml4.isScalar)(pair.key) || typeof pair.key.value === "symbol" || !pair.key.range) continue;
        const key = keyText(pair.key);
        const prior = seen.get(key);
        if (!prior) {
          seen.set(key, pair);
          continue;
        }
        const path = ancestors.flatMap((a) => (0, import_yaml4.isPair)(a) && (0, import_yaml4.isScalar)(a.key) ? [String(a.key.value)] : (0, import_yaml4.isSeq)(a) ? ["[]"] : []);
        const conflicts = (0, import_yaml4.isMap)(prior.value) && (0, import_yaml4.isMap)(pair.value) ? conflictsOf(prior.value, pair.value) : void 0;
        out.push({ key, start: pair.key.range[0], end: pair.key.range[1], first: prior.key.range[0], path, document, ...conflicts ? { conflicts } : {} });
      }
    }
  });
  return out;
}
function conflictsOf(a, b) {
  const text = (n) => (0, import_yaml4.isScalar)(n) ? JSON.stringify(n.value) : String(n);
  const values = new Map(a.items.filter((p) => (0, import_yaml4.isScalar)(p.key)).map((p) => [String(p.key.value), text(p.value)]));
  return b.items.filter((p) => (0, import_yaml4.isScalar)(p.key) && values.has(String(p.key.value)) && values.get(String(p.key.value)) !== text(p.value)).map((p) => String(p.key.value));
}
function atOpening(doc, e) {
  const quote = e.code === "MISSING_CHAR" && /quote/.test(e.message);
  const flow = e.code === "BAD_INDENT" && /^Flow (?:sequence|map)/.test(e.message);
  if (!quote && !flow) return void 0;
  let open;
  const take = (range, what) => {
    if (range && range[0] < e.pos[0] && range[1] >= e.pos[0] && (!open || range[0] > open.start)) open = { start: range[0], what };
  };
  (0, import_yaml4.visit)(doc, {
    Scalar(_, n) {
      if (quote && (n.type === "QUOTE_DOUBLE" || n.type === "QUOTE_SINGLE")) take(n.range, n.type === "QUOTE_DOUBLE" ? 'this " opens a string that is never closed' : "this ' opens a string that is never closed");
    },
    Seq(_, n) {
      if (flow && n.flow) take(n.range, "this [ opens a flow sequence that is never closed with ]");
    },
    Map(_, n) {
      if (flow && n.flow) take(n.range, "this { opens a flow map that is never closed with }");
    }
  });
  return open ? { start: open.start, end: open.start + 1, message: open.what, code: e.code } : void 0;
}
function unparsed(path, absPath, text, bom, more) {
  return { path, absPath, text, bom, eol: eolOf(text), documents: [], errors: [], documentRanges: [], duplicates: [], lines: linesOf(text), sensitive: false, ...more };
}
var eolOf = (text) => /\r\n/.test(text.slice(0, 4096)) ? "\r\n" : "\n";
function parseSource(path, absPath, raw, template) {
  const bom = raw.charCodeAt(0) === 65279;
  const text = bom ? raw.slice(1) : raw;
  if (template) return unparsed(path, absPath, text, bom, { template });
  const parsedLines = new import_yaml4.LineCounter();
  const { documents, refused } = parseYaml(text, parsedLines);
  const marker = refused ? void 0 : textTemplateAt(text, documents);
  if (marker !== void 0) return unparsed(path, absPath, text, bom, { template: { renderedBy: "text", offset: marker } });
  return {
    path,
    absPath,
    text,
    bom,
    eol: eolOf(text),
    documents,
    errors: documents.flatMap((d) => d.errors.map((e) => atOpening(d, e) ?? { start: e.pos[0], end: e.pos[1], message: e.message, code: e.code })),
    documentRanges: documents.map((d) => [d.range[0], d.range[2]]),
    duplicates: documents.flatMap((d, i) => duplicatesOf(d, i)),
    lines: refused ? linesOf(text) : parsedLines,
    sensitive: false,
    ...refused?.reason === "size" ? { overLimit: refused.message } : {}
  };
}
function positionAt(file, offset) {
  const { line, col } = file.lines.linePos(Math.max(0, Math.min(offset, file.text.length)));
  return { line, column: col };
}
var withBom = (file, text) => file.bom ? `\uFEFF${text}` : text;
var fileLine = (file, offset) => `${file.path}:${positionAt(file, offset).line}`;
function lineText(file, line) {
  const starts = file.lines.lineStarts;
  const start = starts[line - 1] ?? file.text.length;
  const next = starts[line] ?? file.text.length;
  return file.text.slice(start, next).replace(/\r?\n$/, "");
}

// src/rules/falco/version-advisory.ts
var COMPONENT_NAME = { chart: "chart", falco: "Falco", "plugin:container": "container plugin", "plugin:k8smeta": "k8smeta plugin" };
var pluginOf = (a) => a.component === "plugin:container" ? "container" : a.component === "plugin:k8smeta" ? "k8smeta" : void 0;
function componentOf(advisory, chart, values) {
  const plugin = pluginOf(advisory);
  if (plugin === "container" && (!containerPluginLoaded(values, chart) || valueAt(values, ["collectors", "containerEngine", "pluginRef"]))) return void 0;
  if (plugin === "k8smeta" && (!k8smetaPluginLoaded(values, chart) || valueAt(values, ["collectors", "kubernetes", "pluginRef"]))) return void 0;
  return defaultComponent(advisory, chart) ?? void 0;
}
function firstFixedChart(advisory, knowledge) {
  let last = -1;
  knowledge.charts.forEach((c, i) => {
    const v = defaultComponent(advisory, c);
    if (v && advisory.affects(v)) last = i;
  });
  if (last < 0) return void 0;
  return knowledge.charts.slice(last + 1).find((c) => {
    const v = defaultComponent(advisory, c);
    return !!v && !advisory.affects(v);
  });
}
function fixedText(advisory, knowledge) {
  const first = advisory.component === "chart" ? void 0 : firstFixedChart(advisory, knowledge);
  return `Fixed in ${COMPONENT_NAME[advisory.component]} ${advisory.fixedIn}${first ? `, first in chart ${first.version}` : ""}`;
}
var defect = (advisory, effect) => `${advisory.when ? `${advisory.when}, ` : ""}it ${effect} (${shortRef(advisory.references[0])})`;
var runs = (a, c, v) => a.component === "chart" ? `chart ${c.version}` : a.component === "falco" ? `chart ${c.version}, which deploys Falco ${v}` : `chart ${c.version} (Falco ${c.falco}), which runs ${COMPONENT_NAME[a.component]} ${v}`;
function span(list2) {
  const first = list2[0].version;
  const last = list2[list2.length - 1].version;
  return first === last ? first : `${first} to ${last}`;
}
function conditions(ctx, driver, advisory) {
  if (advisory.drivers && (!driver || !advisory.drivers.includes(driver))) return void 0;
  if (!advisory.kernelRange) return "";
  for (const tc of ctx.model.talos.talconfigs) {
    const kernel = talosKernel(tc.talosVersion.version);
    if (kernel && advisory.kernelRange.check(kernel)) {
      const at2 = tc.talosVersion.node?.span ?? tc.root.span;
      return ` on Talos ${tc.talosVersion.version}, Linux ${kernel} (${fileLine(at2.file, at2.start)})`;
    }
  }
  return void 0;
}
function checkRelease(ctx, r, advisory) {
  const values = r.release.values;
  const installed = r.installed;
  if (!installed || r.status !== "resolved") return;
  const where2 = conditions(ctx, effectiveDriver(r.release.values, r.installed, r.admitted)?.kind, advisory);
  if (where2 === void 0) return;
  const v = componentOf(advisory, installed, values);
  const effect = v ? advisory.affects(v) : void 0;
  const quoted = `"${r.constraint}"`;
  if (effect && v) {
    const uncertain = r.openAbove ? ` as far as helmvet knows (newest known ${ctx.knowledge.newest.version}; the range admits newer)` : "";
    ctx.report({
      span: r.span,
      severity: r.openAbove ? "warning" : "error",
      message: `${quoted} ${r.exact ? "pins" : "resolves to"} ${runs(advisory, installed, v)}${where2}${uncertain}: ${defect(advisory, effect)}. ${fixedText(advisory, ctx.knowledge)}: ${advisory.action}.`,
      references: advisory.references
    });
    return;
  }
  if (r.exact || r.anyMajor) return;
  const bad = r.admitted.filter((c) => {
    const cv = componentOf(advisory, c, values);
    return cv !== void 0 && advisory.affects(cv) !== void 0;
  });
  if (bad.length === 0) return;
  ctx.report({
    span: r.span,
    severity: "info",
    message: `${quoted} installs chart ${installed.version} today, but also admits chart ${span(bad)}, which ${bad.length === 1 ? "has" : "have"} the defect "${advisory.title}" (${shortRef(advisory.references[0])}); a stale or mirrored index would install one of them. ${fixedText(advisory, ctx.knowledge)}: raise the lower bound past the affected versions.`,
    references: advisory.references
  });
}
function checkUserRefs(ctx, values, chart, advisory) {
  const plugin = pluginOf(advisory);
  if (!plugin) return;
  const loaded = plugin === "container" ? containerPluginLoaded(values, chart) : k8smetaPluginLoaded(values, chart);
  if (!loaded) return;
  for (const ref of userPluginRefs(values, plugin)) {
    const tag = pluginTag(String(ref.value), plugin);
    const effect = tag ? advisory.affects(tag) : void 0;
    if (!effect) continue;
    ctx.report({
      span: ref.span,
      message: `${COMPONENT_NAME[advisory.component]} ${tag} is pinned here: ${defect(advisory, effect)}. ${fixedText(advisory, ctx.knowledge)}: ${advisory.action}.`,
      references: advisory.references
    });
  }
}
function checkImage(ctx, img, advisory) {
  if (advisory.component !== "falco" || !img.falco) return;
  const effect = advisory.affects(img.falco);
  const where2 = effect ? conditions(ctx, void 0, advisory) : void 0;
  if (!effect || where2 === void 0) return;
  ctx.report({
    span: img.image.span,
    message: `${img.image.title} runs Falco ${img.falco} from image ${img.image.image}, without the falco chart${where2}: ${defect(advisory, effect)}. Fixed in Falco ${advisory.fixedIn}: use a Falco ${advisory.fixedIn} or newer image tag.`,
    references: advisory.references
  });
}
var version_advisory_default = createRule(
  {
    id: "falco/version-advisory",
    title: "A release installs a chart, Falco or plugin version with a known defect",
    severity: "error",
    fixable: false,
    references: ["https://github.com/falcosecurity/falco/issues/3610", "https://github.com/falcosecurity/falco/issues/3643", "https://github.com/falcosecurity/falco/issues/3829"]
  },
  (ctx) => {
    for (const advisory of ctx.knowledge.advisories) {
      for (const r of ctx.releases) {
        checkRelease(ctx, r, advisory);
        checkUserRefs(ctx, r.release.values, r.installed, advisory);
      }
      for (const s of ctx.model.standaloneValues) checkUserRefs(ctx, s.values, void 0, advisory);
      for (const img of ctx.images) checkImage(ctx, img, advisory);
    }
  }
);

// src/knowledge/flux.ts
var import_semver9 = __toESM(require_semver2(), 1);
var HELMRELEASE_APIS = {
  "helm.toolkit.fluxcd.io/v2alpha1": { since: "0.0.13", removedIn: "0.1.0", removedInController: "0.1.0", successor: "helm.toolkit.fluxcd.io/v2beta1" },
  "helm.toolkit.fluxcd.io/v2beta1": { since: "0.1.0", deprecatedIn: "2.2.0", removedIn: "2.7.0", removedInController: "1.4.0", successor: "helm.toolkit.fluxcd.io/v2" },
  "helm.toolkit.fluxcd.io/v2beta2": { since: "2.2.0", deprecatedIn: "2.3.0", removedIn: "2.8.0", removedInController: "1.5.0", successor: "helm.toolkit.fluxcd.io/v2" },
  "helm.toolkit.fluxcd.io/v2": { since: "2.3.0", successor: "helm.toolkit.fluxcd.io/v2" }
};
var HELM_OPERATOR_API = "helm.fluxcd.io/v1";
var FLUX_RELEASES = [
  ..."0.1.8 0.2.6 0.3.0 0.4.3 0.5.9 0.6.3 0.7.7 0.8.2 0.9.1 0.10.0 0.11.0 0.12.3 0.13.4 0.14.2 0.15.3 0.16.2 0.17.2 0.18.3 0.19.1 0.20.1".split(" "),
  ..."0.21.1 0.22.1 0.23.0 0.24.1 0.25.3 0.26.3 0.27.4 0.28.5 0.29.5 0.30.2 0.31.5 0.32.0 0.33.0 0.34.0 0.35.0 0.36.0 0.37.0 0.38.3".split(" "),
  ..."0.39.0 0.40.2 0.41.2 2.0.1 2.1.2 2.2.3 2.3.0 2.4.0 2.5.1 2.6.4 2.7.5 2.8.8 2.9.4".split(" ")
];
var NEWEST_FLUX = FLUX_RELEASES[FLUX_RELEASES.length - 1];
var FLUX_MIGRATE_SINCE = "2.7.0";
function serving(apiVersion, flux = NEWEST_FLUX) {
  if (apiVersion === HELM_OPERATOR_API) return "never";
  const api = HELMRELEASE_APIS[apiVersion];
  if (!api) return "never";
  if (import_semver9.default.lt(flux, api.since)) return "not-yet";
  if (api.removedIn && import_semver9.default.gte(flux, api.removedIn)) return "removed";
  if (api.deprecatedIn && import_semver9.default.gte(flux, api.deprecatedIn)) return "deprecated";
  return "current";
}
var isCurrentHelmReleaseApi = (apiVersion) => serving(apiVersion) === "current";
var FLUX2_CHART_FLUX = [
  ["0.0.1", "0.20.1"],
  ["0.3.0", "0.21.1"],
  ["0.4.0", "0.23.0"],
  ["0.6.0", "0.24.0"],
  ["0.9.0", "0.25.3"],
  ["0.11.0", "0.26.1"],
  ["0.13.0", "0.27.0"],
  ["0.15.0", "0.28.3"],
  ["0.17.0", "0.29.1"],
  ["0.19.0", "0.30.2"],
  ["0.20.0", "0.31.1"],
  ["1.1.0", "0.32.0"],
  ["1.2.0", "0.33.0"],
  ["1.5.0", "0.34.0"],
  ["1.6.0", "0.35.0"],
  ["1.7.0", "0.36.0"],
  ["2.1.0", "0.37.0"],
  ["2.6.0", "0.39.0"],
  ["2.7.0", "0.41.1"],
  ["2.8.0", "2.0.0-rc.3"],
  ["2.9.0", "2.0.0"],
  ["2.10.0", "2.1.0"],
  ["2.12.0", "2.2.0"],
  ["2.13.0", "2.3.0"],
  ["2.14.0", "2.4.0"],
  ["2.15.0", "2.5.1"],
  ["2.16.0", "2.6.1"],
  ["2.17.0", "2.7.2"],
  ["2.18.0", "2.8.1"]
];
var FLUX2_CHART_NEWEST = "2.18.3";
function fluxOfChart(chart) {
  if (!import_semver9.default.valid(chart) || import_semver9.default.gt(chart, FLUX2_CHART_NEWEST)) return void 0;
  let flux;
  for (const [from, f] of FLUX2_CHART_FLUX) if (import_semver9.default.gte(chart, from)) flux = f;
  return flux;
}

// src/rules/flux/removed-api.ts
var removed_api_default = createRule(
  {
    id: "flux/removed-api",
    title: "A HelmRelease apiVersion that the Flux in use no longer serves, or deprecates",
    severity: "error",
    fixable: false,
    references: ["https://github.com/fluxcd/helm-controller/blob/main/CHANGELOG.md", "https://github.com/fluxcd/flux2/pull/5473"]
  },
  (ctx) => {
    const seen = /* @__PURE__ */ new Set();
    for (const r of ctx.releases) {
      const { release, api } = r;
      if (!api || seen.has(release.object)) continue;
      seen.add(release.object);
      const span2 = entryAt(release.object.root, ["apiVersion"])?.value.span ?? release.object.anchor;
      const uses = `${release.title} uses ${release.apiVersion}`;
      const lifecycle = HELMRELEASE_APIS[release.apiVersion];
      const runs2 = api.flux ? `this repository runs ${api.flux.label}` : void 0;
      switch (api.serving) {
        case "never":
          if (release.apiVersion !== HELM_OPERATOR_API) continue;
          ctx.report({
            span: span2,
            message: `${uses}, which belongs to Flux v1's Helm Operator and was never served by Flux v2's helm-controller: the release is not reconciled; move to helm.toolkit.fluxcd.io/v2 (spec.chart becomes spec.chart.spec with a HelmRepository sourceRef)`
          });
          break;
        case "removed":
          ctx.report({
            span: span2,
            message: runs2 ? `${uses}, which Flux ${lifecycle.removedIn} removed (helm-controller ${lifecycle.removedInController}), and ${runs2}: the cluster rejects the release and it is no longer reconciled; change apiVersion to ${lifecycle.successor}` : `${uses}, which Flux ${lifecycle.removedIn} removed (helm-controller ${lifecycle.removedInController}): a cluster on Flux ${lifecycle.removedIn} or newer (the newest is ${NEWEST_FLUX}) rejects it and the release is no longer reconciled; move to ${lifecycle.successor} and run \`flux migrate\` for objects already stored in the cluster (helmvet found no statement of the Flux version in this repository)`
          });
          break;
        case "deprecated":
          ctx.report({
            span: span2,
            severity: "warning",
            message: `${uses}, deprecated since Flux ${lifecycle.deprecatedIn} and removed in Flux ${lifecycle.removedIn}; ${runs2 ? `${runs2}, which still serves it` : "the Flux in use still serves it"}, but the upgrade to Flux ${lifecycle.removedIn} stops reconciling this release: change apiVersion to ${lifecycle.successor}, and before upgrading Flux run \`flux migrate\` (flux CLI ${FLUX_MIGRATE_SINCE} or newer) to move the objects the cluster stores`
          });
          break;
        case "not-yet": {
          const served = Object.keys(HELMRELEASE_APIS).find((a) => serving(a, api.flux?.version) === "current");
          ctx.report({
            span: span2,
            message: `${uses}, which Flux ${lifecycle.since} introduced, and ${runs2 ?? "the Flux in use is older"}: the cluster does not know this API, so the release is not applied; use ${served ?? "the apiVersion that Flux serves"}, or upgrade Flux first`
          });
          break;
        }
        case "current":
          break;
      }
    }
  }
);

// src/rules/flux/removed-field.ts
var removed_field_default = createRule(
  {
    id: "flux/removed-field",
    title: "A HelmRelease field that the v2 API removed",
    severity: "error",
    fixable: false,
    references: ["https://github.com/fluxcd/helm-controller/blob/main/CHANGELOG.md#100"]
  },
  (ctx) => {
    const seen = /* @__PURE__ */ new Set();
    for (const { release } of ctx.releases) {
      if (release.apiVersion !== "helm.toolkit.fluxcd.io/v2" || seen.has(release.object)) continue;
      seen.add(release.object);
      const root = release.object.root;
      const valuesFile = entryAt(root, ["spec", "chart", "spec", "valuesFile"]);
      if (valuesFile) {
        ctx.report({ span: valuesFile.keySpan, message: "spec.chart.spec.valuesFile was removed in helm.toolkit.fluxcd.io/v2: the API server drops it, so that values file is not used; write it as `valuesFiles: [<file>]`" });
      }
      const postRenderers = valueAt(root, ["spec", "postRenderers"]);
      for (const item of postRenderers?.kind === "seq" ? postRenderers.items : []) {
        for (const field of ["patchesJson6902", "patchesStrategicMerge"]) {
          const e = entryAt(item, ["kustomize", field]);
          if (e) ctx.report({ span: e.keySpan, message: `postRenderers kustomize.${field} was removed in helm.toolkit.fluxcd.io/v2: the API server drops it, so those patches are not applied; write them under kustomize.patches` });
        }
      }
    }
  }
);

// src/model/consumers.ts
import { basename, dirname as dirname4, resolve as resolve2 } from "node:path";

// src/model/kustomize.ts
import { dirname as dirname3 } from "node:path";

// src/model/files.ts
import { resolve } from "node:path";

// src/model/layers.ts
var import_yaml5 = __toESM(require_dist(), 1);
var newSink = () => ({ unresolved: [], embeddedErrors: [], read: [], readBy: /* @__PURE__ */ new Map() });
function owning(sink, owner, build) {
  const unresolved = sink.unresolved.length;
  const read = sink.read.length;
  const out = build();
  for (const u of sink.unresolved.slice(unresolved)) u.owner ??= owner;
  if (sink.read.length > read) sink.readBy.set(owner, [...sink.readBy.get(owner) ?? [], ...sink.read.slice(read)]);
  return out;
}
var isSopsEncrypted = (doc) => {
  const sops = (0, import_yaml5.isMap)(doc.contents) ? doc.contents.get("sops") : void 0;
  return (0, import_yaml5.isMap)(sops) && (sops.has("mac") || sops.has("lastmodified"));
};
function layerOf(label, parsed, sink, where2, embedded) {
  if (!embedded) sink.read.push(parsed.at.file);
  const doc = parsed.documents.find((d) => d.contents !== null || d.errors.length > 0);
  if (!doc) return void 0;
  const refused = doc.errors.find((e) => e.code === "RESOURCE_EXHAUSTION");
  if (refused) {
    sink.unresolved.push({ span: where2, message: `${label} not analysed: ${refused.message}` });
    return void 0;
  }
  if (doc.errors.length > 0) {
    if (embedded) for (const e of doc.errors) sink.embeddedErrors.push({ span: parsed.at.span(e.pos[0], e.pos[1]), message: e.message.split("\n")[0] ?? e.message });
    else sink.unresolved.push({ span: where2, message: `${label} does not parse as YAML, so its values are not known` });
    return void 0;
  }
  const encrypted = isSopsEncrypted(doc) || (0, import_yaml5.isScalar)(doc.contents) && typeof doc.contents.value === "string" && doc.contents.value.startsWith("ENC[");
  if (encrypted) {
    sink.unresolved.push({ span: where2, message: `${label} is encrypted with SOPS; helmvet cannot decrypt it, so its values are not checked` });
    return void 0;
  }
  if (!(0, import_yaml5.isMap)(doc.contents)) {
    sink.unresolved.push({ span: where2, message: `${label} is not a map of values` });
    return void 0;
  }
  try {
    return { label, values: toValues(doc.contents, doc, parsed.at), file: parsed.at.file };
  } catch (e) {
    if (!(e instanceof ValuesTooLargeError)) throw e;
    sink.unresolved.push({ span: where2, message: `${label} not analysed: ${e.message}` });
    return void 0;
  }
}

// src/model/files.ts
function valuesFileLayer(store, baseDir, path, where2, sink, label = path) {
  const abs = baseDir === void 0 ? store.fromRoot(path) : resolve(baseDir, path);
  if (!store.isInsideRoot(abs)) {
    sink.unresolved.push({ span: where2, message: `${path} is outside the repository; helmvet does not read it` });
    return void 0;
  }
  const file = store.load(abs);
  if (!file) {
    const why2 = store.isPresent(abs) ? "cannot be read as YAML text" : "is not in the repository";
    sink.unresolved.push({ span: where2, message: `values file ${path} ${why2}; its values are not checked` });
    return void 0;
  }
  if (file.template) {
    sink.unresolved.push({ span: where2, message: `values file ${path} is a ${file.template.renderedBy === "helm" ? "Helm chart template" : "template (Go-template or Jinja syntax)"}, not YAML until rendered; its values are not checked` });
    return void 0;
  }
  return layerOf(label, { documents: file.documents, at: fileLocator(file) }, sink, where2, false);
}

// src/model/objects.ts
var import_yaml6 = __toESM(require_dist(), 1);
var MODELLED = {
  "helm.toolkit.fluxcd.io": /* @__PURE__ */ new Set(["HelmRelease"]),
  "helm.fluxcd.io": /* @__PURE__ */ new Set(["HelmRelease"]),
  "source.toolkit.fluxcd.io": /* @__PURE__ */ new Set(["HelmRepository", "OCIRepository", "HelmChart", "GitRepository", "Bucket"]),
  "argoproj.io": /* @__PURE__ */ new Set(["Application"]),
  "kustomize.config.k8s.io": /* @__PURE__ */ new Set(["Kustomization"]),
  "fluxcd.controlplane.io": /* @__PURE__ */ new Set(["FluxInstance"]),
  "": /* @__PURE__ */ new Set(["ConfigMap", "Secret"])
};
var WORKLOADS = { apps: /* @__PURE__ */ new Set(["DaemonSet", "Deployment", "StatefulSet"]), "": /* @__PURE__ */ new Set(["Pod"]) };
var FALCO_IMAGE_TEXT = /falcosecurity\/falco(?:-no-driver)?(?![\w-])/;
function modelled(doc, falcoImage) {
  const kind = doc.get("kind");
  const apiVersion = doc.get("apiVersion");
  if (kind === void 0) return true;
  if (typeof kind !== "string" || typeof apiVersion !== "string") return false;
  return !!MODELLED[apiGroup(apiVersion)]?.has(kind) || falcoImage && !!WORKLOADS[apiGroup(apiVersion)]?.has(kind);
}
var VALUES_READ = /* @__PURE__ */ new Set(["falco", "flux-instance"]);
function prunedPaths(doc, falcoImage) {
  if (doc.get("kind") !== "HelmRelease" || falcoImage) return [];
  const chart = doc.getIn(["spec", "chart", "spec", "chart"]) ?? doc.getIn(["spec", "chart", "name"]);
  return typeof chart === "string" && !VALUES_READ.has(chart) ? [["spec", "values"]] : [];
}
function documentTrees(file, issues) {
  const out = [];
  const falcoImage = FALCO_IMAGE_TEXT.test(file.text);
  for (const doc of file.documents) {
    if (doc.errors.length > 0 || !(0, import_yaml6.isMap)(doc.contents) || !modelled(doc, falcoImage)) continue;
    try {
      const root = toValues(doc.contents, doc, fileLocator(file), prunedPaths(doc, falcoImage));
      if (root.kind === "map") out.push(root);
    } catch (e) {
      if (!(e instanceof ValuesTooLargeError)) throw e;
      const range = doc.contents.range;
      issues.push({ span: { file, start: range[0], end: range[0] }, message: `document not analysed: ${e.message} (a YAML alias bomb?)` });
    }
  }
  return out;
}
function asObject(file, root) {
  const apiVersion = stringAt(root, ["apiVersion"]);
  const kindEntry = root.entries.get("kind");
  const kind = kindEntry?.value.kind === "scalar" ? kindEntry.value.value : void 0;
  if (typeof kind !== "string" || !kindEntry) return void 0;
  return {
    apiVersion: apiVersion ?? "",
    kind,
    name: stringAt(root, ["metadata", "name"]),
    namespace: stringAt(root, ["metadata", "namespace"]),
    file,
    root,
    anchor: kindEntry.value.span
  };
}
var apiGroup = (apiVersion) => apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "";

// src/model/version-ref.ts
function versionRef(node, anchor, field, kind = "constraint") {
  const raw = node && node.value !== null ? typeof node.value === "string" ? node.value : node.source : void 0;
  return { raw, node, anchor, field, kind };
}

// src/model/kustomize.ts
var isKustomization = (o) => o.kind === "Kustomization" && apiGroup(o.apiVersion) === "kustomize.config.k8s.io";
function kustomizeReleases(objects, store, sink) {
  const releases = [];
  for (const k of objects) {
    if (!isKustomization(k)) continue;
    const charts = valueAt(k.root, ["helmCharts"]);
    const dir2 = dirname3(k.file.absPath);
    for (const entry of charts?.kind === "seq" ? charts.items : []) {
      const nameNode = scalarAt(entry, ["name"]);
      if (!nameNode || typeof nameNode.value !== "string") continue;
      const repo = stringAt(entry, ["repo"]);
      const layers = [];
      owning(sink, k, () => {
        const file = scalarAt(entry, ["valuesFile"]);
        if (file && typeof file.value === "string") {
          const layer = valuesFileLayer(store, dir2, file.value, file.span, sink);
          if (layer) layers.push(layer);
        }
        const more = valueAt(entry, ["additionalValuesFiles"]);
        for (const f of more?.kind === "seq" ? more.items : []) {
          if (f.kind !== "scalar" || typeof f.value !== "string") continue;
          const layer = valuesFileLayer(store, dir2, f.value, f.span, sink);
          if (layer) layers.push(layer);
        }
      });
      const inline = valueAt(entry, ["valuesInline"]);
      if (inline?.kind === "map") layers.push({ label: "valuesInline", values: inline, file: k.file });
      const versionNode = scalarAt(entry, ["version"]);
      releases.push({
        tool: "kustomize",
        title: `helmCharts ${nameNode.value}${stringAt(entry, ["releaseName"]) ? ` (release ${stringAt(entry, ["releaseName"])})` : ""}`,
        apiVersion: k.apiVersion,
        object: k,
        chart: { name: nameNode.value, span: nameNode.span, repoUrl: repo, sourceKind: repo ? repo.startsWith("oci://") ? "oci" : "helm" : "unknown" },
        version: versionRef(versionNode, nameNode.span, "version"),
        layers,
        values: layers.reduce((acc, l) => mergeValues(acc, l.values), void 0)
      });
    }
  }
  return releases;
}

// src/model/consumers.ts
var KUSTOMIZATION_FILES = /* @__PURE__ */ new Set(["kustomization.yaml", "kustomization.yml", "Kustomization"]);
var isKustomizationFile = (absPath) => KUSTOMIZATION_FILES.has(basename(absPath));
var isRemote = (path) => /^[a-z][a-z0-9+.-]*:\/\//i.test(path) || /^(?:github\.com|gitlab\.com|bitbucket\.org)\//.test(path) || path.startsWith("git@");
var stringOf = (node) => node?.kind === "scalar" && typeof node.value === "string" && node.value !== "" ? node.value : void 0;
function* pathsIn(list2, field) {
  for (const item of list2?.kind === "seq" ? list2.items : []) {
    const node = field ? valueAt(item, [field]) : item;
    const path = stringOf(node);
    if (path && node && !isRemote(path)) yield { path, span: node.span };
  }
}
var Consumers = class {
  byFile = /* @__PURE__ */ new Map();
  /** `readBy`: the values files each release object read (model/layers.ts), usable or not. */
  constructor(objects, releases, readBy) {
    for (const k of objects) if (isKustomization(k)) this.kustomization(k);
    for (const release of releases) {
      if (release.tool === "kustomize") continue;
      for (const file of readBy.get(release.object) ?? []) if (file !== release.object.file) this.add(file.absPath, { tool: "helm", as: "values", title: release.title });
    }
  }
  /** The tools that read a file, in the order the repository names them; empty when helmvet cannot tell. */
  of(absPath) {
    return this.byFile.get(absPath) ?? [];
  }
  add(absPath, c) {
    const list2 = this.byFile.get(absPath);
    if (!list2) this.byFile.set(absPath, [c]);
    else if (!list2.some((x) => x.tool === c.tool && x.as === c.as && (x.tool === "helm" ? x.title === c.title : x.by === c.by))) list2.push(c);
  }
  kustomization(k) {
    const at2 = (path) => resolve2(dirname4(k.file.absPath), path);
    for (const field of ["resources", "crds", "components", "bases"]) {
      for (const { path, span: span2 } of pathsIn(valueAt(k.root, [field]))) this.add(at2(path), { tool: "kustomize", as: "resource", by: k, span: span2 });
    }
    const patches = [["patchesStrategicMerge", void 0, "strategic"], ["patchesJson6902", "path", "json6902"], ["patches", "path", "either"]];
    for (const [field, key, strategy] of patches) {
      for (const { path, span: span2 } of pathsIn(valueAt(k.root, [field]), key)) this.add(at2(path), { tool: "kustomize", as: "patch", by: k, span: span2, strategy });
    }
    for (const [field, kind] of [["configMapGenerator", "ConfigMap"], ["secretGenerator", "Secret"]]) {
      const generators = valueAt(k.root, [field]);
      for (const gen of generators?.kind === "seq" ? generators.items : []) {
        const name = stringOf(valueAt(gen, ["name"])) ?? "(unnamed)";
        for (const { path, span: span2 } of pathsIn(valueAt(gen, ["files"]))) {
          const eq = path.indexOf("=");
          this.add(at2(eq >= 0 ? path.slice(eq + 1) : path), { tool: "kustomize", as: "generator", by: k, span: span2, name, kind });
        }
      }
    }
    const charts = valueAt(k.root, ["helmCharts"]);
    for (const chart of charts?.kind === "seq" ? charts.items : []) {
      const name = stringOf(valueAt(chart, ["name"])) ?? "(unnamed)";
      const file = valueAt(chart, ["valuesFile"]);
      const path = stringOf(file);
      const inline = valueAt(chart, ["valuesInline"]);
      const merge = stringOf(valueAt(chart, ["valuesMerge"])) ?? "override";
      if (path && file && !isRemote(path)) {
        if (inline?.kind === "map" && inline.entries.size > 0 && (merge === "override" || merge === "merge")) this.add(at2(path), { tool: "kustomize", as: "values", by: k, span: file.span, chart: name, merge });
        else if (merge !== "replace" || !inline) this.add(at2(path), { tool: "helm", as: "values", title: `helmCharts ${name}` });
      }
      for (const { path: more } of pathsIn(valueAt(chart, ["additionalValuesFiles"]))) this.add(at2(more), { tool: "helm", as: "values", title: `helmCharts ${name}` });
    }
    const legacy = valueAt(k.root, ["helmChartInflationGenerator"]);
    for (const chart of legacy?.kind === "seq" ? legacy.items : []) {
      const path = stringOf(valueAt(chart, ["values"]));
      if (path && !isRemote(path)) this.add(at2(path), { tool: "helm", as: "values", title: `helmChartInflationGenerator ${stringOf(valueAt(chart, ["chartName"])) ?? "(unnamed)"}` });
    }
  }
};

// src/rules/helmvet/duplicate-key.ts
var lineOf = (file, d) => positionAt(file, d.first).line;
function outcome(file, d, c, rootOf) {
  const o = (severity, message, covers = [d]) => ({ severity, message, covers });
  const twice = `"${d.key}" is written twice in this map (first on line ${lineOf(file, d)})`;
  if (c === "kustomization") return o("warning", `${twice}: kustomize keeps this later value and drops the whole earlier one; merge them into one`);
  switch (c.as) {
    case "resource":
    case "patch": {
      const inPatch = c.as === "patch";
      if (inPatch && (c.strategy === "json6902" || c.strategy === "either" && d.path[0] === "[]")) {
        return o("warning", `${twice}: kustomize reads this JSON 6902 patch with the later value and ignores the first; keep one`);
      }
      if (inPatch) return o("warning", `${twice}: kustomize applies the first value of this strategic-merge patch and ignores this one; keep one`);
      const path = d.path.join(".");
      if (path === "metadata" && d.key === "annotations") {
        if (!d.conflicts?.length) return void 0;
        return o(
          "warning",
          `metadata.annotations is written twice (first on line ${lineOf(file, d)}): kustomize merges the two blocks and keeps the first block's ${d.conflicts.map((k) => `"${k}"`).join(", ")}, dropping what this block sets for ${d.conflicts.length > 1 ? "them" : "it"}; write one annotations block`
        );
      }
      if (path === "metadata.annotations") return o("warning", `annotation "${d.key}" is set twice (first on line ${lineOf(file, d)}): kustomize keeps this later value and drops the first; keep one`);
      const build = `kustomize build of ${c.by.file.path} fails on it ("mapping key already defined"), so nothing that kustomization lists is applied`;
      const root = d.path.length === 0 ? rootOf(d.document) : [];
      if (root.some((x) => x.key === "apiVersion") && root.some((x) => x.key === "kind")) {
        return o(
          "error",
          `a second object starts without "---": ${root.map((x) => `"${x.key}"`).join(", ")} repeat the keys of the object above (line ${lineOf(file, root[0])}), and ${build}; put "---" on the line before this object`,
          root
        );
      }
      return o("error", `${twice}: ${build}; keep one`);
    }
    case "values":
      if (c.tool === "kustomize") {
        return c.merge === "merge" ? o("warning", `${twice}: with valuesMerge: merge, kustomize keeps the first value for helmCharts ${c.chart} and drops this one; keep one`) : o("error", `${twice}: kustomize build of ${c.by.file.path} fails when it merges these values with valuesInline of helmCharts ${c.chart} ("could not parse merged values into map"); keep one`);
      }
      return o("warning", `${twice}: Helm keeps this later value for ${c.title} and drops the first; keep one`);
    case "generator":
      return void 0;
  }
}
var rank = { error: 3, warning: 2, info: 1 };
var duplicate_key_default = createRule(
  {
    id: "helmvet/duplicate-key",
    title: "A key written twice in one map",
    severity: "error",
    fixable: false,
    references: [
      "https://github.com/kubernetes-sigs/kustomize/issues/3480",
      "https://github.com/kubernetes-sigs/kustomize/pull/5073",
      "https://github.com/fluxcd/kustomize-controller/issues/880",
      "https://github.com/qdrant/qdrant-helm/issues/433"
    ]
  },
  (ctx) => {
    for (const file of ctx.model.files) {
      if (file.duplicates.length === 0) continue;
      const consumers = isKustomizationFile(file.absPath) ? ["kustomization"] : [...ctx.model.consumers.of(file.absPath)];
      const roots = /* @__PURE__ */ new Map();
      for (const d of file.duplicates) {
        if (d.path.length > 0) continue;
        const list2 = roots.get(d.document);
        if (list2) list2.push(d);
        else roots.set(d.document, [d]);
      }
      const rootOf = (document) => roots.get(document) ?? [];
      const found = file.duplicates.flatMap((d) => consumers.map((c) => ({ d, o: outcome(file, d, c, rootOf) })).filter((x) => !!x.o));
      if (found.length === 0) continue;
      const worst = found.reduce((a, b) => rank[b.o.severity] > rank[a.o.severity] || rank[b.o.severity] === rank[a.o.severity] && b.d.start < a.d.start ? b : a);
      const covered = new Set(worst.o.covers);
      const others = new Set(found.map((x) => x.d).filter((d) => !covered.has(d))).size;
      const more = others > 0 ? ` (${others.toLocaleString("en")} more key${others > 1 ? "s are" : " is"} written twice in this file)` : "";
      ctx.report({ span: { file, start: worst.d.start, end: worst.d.end }, severity: worst.o.severity, message: `${worst.o.message}${more}` });
    }
  }
);

// src/rules/helmvet/unreadable-file.ts
var unreadable_file_default = createRule(
  {
    id: "helmvet/unreadable-file",
    title: "A YAML file that cannot be read as UTF-8 text",
    severity: "error",
    fixable: false,
    references: ["https://yaml.org/spec/1.2.2/#52-character-encodings"]
  },
  (ctx) => {
    for (const p of ctx.store.problems) ctx.report({ span: { file: p.file, start: 0, end: 0 }, message: `${p.message}` });
  }
);

// src/rules/helmvet/unresolved-reference.ts
var unresolved_reference_default = createRule(
  {
    id: "helmvet/unresolved-reference",
    title: "A reference helmvet cannot follow in the repository",
    severity: "info",
    fixable: false,
    references: ["https://fluxcd.io/flux/components/helm/helmreleases/#values-references"]
  },
  (ctx) => {
    const falco = new Set(ctx.releases.map((r) => r.release.object));
    for (const u of ctx.model.unresolved) if (u.falco || !u.owner || falco.has(u.owner)) ctx.report({ span: u.span, message: u.message });
  }
);

// src/rules/helmvet/unused-suppression.ts
var unused_suppression_default = createRule(
  {
    id: "helmvet/unused-suppression",
    title: "A helmvet-disable comment that suppresses nothing",
    severity: "warning",
    fixable: false,
    references: ["https://eslint.org/docs/latest/use/configure/rules#report-unused-eslint-disable-comments"]
  },
  () => {
  }
);

// src/rules/helmvet/yaml-syntax.ts
var MANIFEST = /^apiVersion:[^\n]*\n(?:[^\n]*\n)*?kind:|^kind:[^\n]*\n(?:[^\n]*\n)*?apiVersion:/m;
function consequence(file, consumers) {
  if (isKustomizationFile(file.absPath)) return "kustomize cannot read this kustomization, so nothing in its directory is built or applied";
  const c = consumers.find((x) => x.as !== "generator") ?? consumers[0];
  switch (c?.as) {
    case "resource":
    case "patch":
      return `kustomize build of ${c.by.file.path} fails on this ${c.as === "patch" ? "patch" : "file"}, so nothing that kustomization lists is applied`;
    case "generator":
      return `kustomize copies this file as text into ${c.kind} ${c.name} (${c.by.file.path}), so whatever reads it from there as YAML fails on it`;
    case "values":
      return c.tool === "kustomize" ? `kustomize build of ${c.by.file.path} fails when it merges these values with valuesInline of helmCharts ${c.chart}` : `Helm cannot read these values, so ${c.title} fails to install or upgrade`;
    case void 0:
      return MANIFEST.test(file.text) ? "kubectl, kustomize, Flux and Argo CD reject a manifest that does not parse, so nothing in this file is applied" : "YAML parsers reject this file, so whatever reads it fails on it";
  }
}
var yaml_syntax_default = createRule(
  {
    id: "helmvet/yaml-syntax",
    title: "YAML that does not parse",
    severity: "error",
    fixable: false,
    references: ["https://yaml.org/spec/1.2.2/"]
  },
  (ctx) => {
    for (const file of ctx.model.files) {
      const first = file.errors.reduce((a, e) => !a || e.start < a.start ? e : a, void 0);
      if (!first) continue;
      const what = first.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
      const more = file.errors.length > 1 ? ` (the parser reports ${file.errors.length - 1} more error${file.errors.length > 2 ? "s" : ""} after it)` : "";
      const why2 = first.code === "RESOURCE_EXHAUSTION" ? "" : `; ${consequence(file, ctx.model.consumers.of(file.absPath))}`;
      ctx.report({ span: { file, start: first.start, end: Math.max(first.start + 1, first.end) }, message: `${what}${more}${why2}` });
    }
    for (const e of ctx.model.embeddedErrors) {
      ctx.report({ span: e.span, message: `${e.message.replace(/ at line \d+, column \d+:?$/, "")} in YAML held in a string; Helm fails on these values` });
    }
  }
);

// src/model/talos.ts
import { basename as basename2, dirname as dirname5, resolve as resolve3 } from "node:path";

// src/knowledge/scheduling.ts
var import_semver10 = __toESM(require_semver2(), 1);
var CONTROL_PLANE_LABEL = "node-role.kubernetes.io/control-plane";
var CONTROL_PLANE_TAINT = { key: CONTROL_PLANE_LABEL, effect: "NoSchedule" };
var MASTER = { effect: "NoSchedule", key: "node-role.kubernetes.io/master" };
var CONTROL_PLANE = { effect: "NoSchedule", key: CONTROL_PLANE_LABEL };
var CONTROL_PLANE_TOLERATION_SINCE = "2.4.2";
var TOLERATIONS_KNOWN_SINCE = "2.0.0";
function defaultTolerations(chartVersion) {
  if (!chartVersion || !import_semver10.default.valid(chartVersion) || import_semver10.default.lt(chartVersion, TOLERATIONS_KNOWN_SINCE)) return void 0;
  return import_semver10.default.gte(chartVersion, CONTROL_PLANE_TOLERATION_SINCE) ? [MASTER, CONTROL_PLANE] : [MASTER];
}
var DAEMONSET_TOLERATED_KEYS = /* @__PURE__ */ new Set([
  "node.kubernetes.io/not-ready",
  "node.kubernetes.io/unreachable",
  "node.kubernetes.io/disk-pressure",
  "node.kubernetes.io/memory-pressure",
  "node.kubernetes.io/pid-pressure",
  "node.kubernetes.io/unschedulable"
]);

// src/model/talos.ts
var import_yaml7 = __toESM(require_dist(), 1);
var TALENV_FILES = /* @__PURE__ */ new Set(["talenv.yaml", "talenv.yml"]);
function stringItems(list2) {
  return (list2?.items ?? []).filter((i) => i.kind === "scalar" && i.value !== null).map((node) => ({ text: String(node.value), node }));
}
function schematicOf(file, node) {
  if (node?.kind !== "map") return void 0;
  const list2 = valueAt(node, ["customization", "extraKernelArgs"]);
  const kernelArgs = list2?.kind === "seq" ? list2 : void 0;
  return { file, root: node, kernelArgs, args: stringItems(kernelArgs), secureBootOptions: valueAt(node, ["customization", "secureboot"]) };
}
function isTalconfig(root) {
  const nodes = child(root, "nodes");
  if (!root.entries.has("clusterName") || nodes?.kind !== "seq") return false;
  const maps = nodes.items.filter((n) => n.kind === "map");
  return maps.length > 0 && maps.every((n) => n.entries.has("hostname"));
}
var isSchematicDoc = (root) => child(root, "customization")?.kind === "map" && !["clusterName", "nodes", "machine", "cluster", "apiVersion", "kind"].some((k) => root.entries.has(k));
var isMachineConfig = (root) => child(root, "machine")?.kind === "map" && !root.entries.has("clusterName");
function merged(node, group, key) {
  const own = child(node, key);
  if (own !== void 0 && !isZero(own)) return own;
  return child(group, key) ?? own;
}
function isZero(v) {
  if (v.kind === "map") return [...v.entries.values()].every((e) => isZero(e.value));
  if (v.kind === "seq") return v.items.length === 0;
  return v.value === null || v.value === false || v.value === "" || v.value === 0;
}
function mergedSchematic(node, group) {
  const own = child(node, "schematic");
  return own?.kind === "map" ? own : child(group, "schematic");
}
function patchList(v) {
  return v?.kind === "seq" ? v.items.filter((i) => i.kind === "scalar" && typeof i.value === "string") : [];
}
function talosVersionOf(file, root, talenv) {
  const entry = root.entries.get("talosVersion");
  const node = entry?.value.kind === "scalar" ? entry.value : void 0;
  const raw = node && node.value !== null ? String(node.value) : void 0;
  const version2 = parseTalosVersion(raw);
  if (version2 || !raw) return { raw, version: version2, node };
  const name = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(raw.trim())?.[1];
  const env = name ? talenv.find((t) => dirname5(t.file.absPath) === dirname5(file.absPath) && stringAt(t.root, [name]) !== void 0) : void 0;
  const fromEnv = env && name ? parseTalosVersion(stringAt(env.root, [name])) : void 0;
  return fromEnv && env ? { raw, version: fromEnv, node, via: env.file } : { raw, version: void 0, node };
}
function stringMap(v) {
  const out = /* @__PURE__ */ new Map();
  if (v?.kind !== "map") return out;
  for (const e of v.entries.values()) if (e.value.kind === "scalar" && e.value.value !== null && !/\$\{|\{\{/.test(e.key + String(e.value.value))) out.set(e.key, String(e.value.value));
  return out;
}
function parseTaint(key, spec) {
  const m = typeof spec === "string" ? /^(.*):(NoSchedule|NoExecute|PreferNoSchedule)$/.exec(spec) : null;
  return m ? { key, ...m[1] ? { value: m[1] } : {}, effect: m[2] } : void 0;
}
function taintsOf(v) {
  return [...stringMap(v)].map(([key, spec]) => parseTaint(key, spec)).filter((x) => x !== void 0);
}
function talconfigOf(file, root, talenv) {
  const schematics = [];
  const keep = (s) => {
    if (s && !schematics.some((k) => k.root === s.root)) schematics.push(s);
    return s;
  };
  const groups2 = { controlPlane: child(root, "controlPlane"), worker: child(root, "worker") };
  for (const g of Object.values(groups2)) {
    keep(schematicOf(file, child(g, "schematic")));
    keep(schematicOf(file, child(g, "imageSchematic")));
  }
  const global = patchList(child(root, "patches"));
  const scheduleOnControlPlanes = ["allowSchedulingOnControlPlanes", "allowSchedulingOnMasters"].some((k) => child(root, k)?.kind === "scalar" && child(root, k).value === true);
  const nodes = [];
  const list2 = child(root, "nodes");
  for (const n of list2?.kind === "seq" ? list2.items : []) {
    if (n.kind !== "map") continue;
    const controlPlane = child(n, "controlPlane")?.kind === "scalar" && child(n, "controlPlane").value === true;
    const group = controlPlane ? groups2.controlPlane : groups2.worker;
    const url = merged(n, group, "talosImageURL");
    const spec = merged(n, group, "machineSpec");
    const sb = child(spec, "secureboot");
    keep(schematicOf(file, child(n, "imageSchematic")));
    const override = child(n, "overridePatches")?.kind === "scalar" && child(n, "overridePatches").value === true;
    const hostname = stringAt(n, ["hostname"]) ?? "";
    const labels = new Map([["kubernetes.io/hostname", hostname], ...controlPlane ? [[CONTROL_PLANE_LABEL, ""]] : [], ...stringMap(merged(n, group, "nodeLabels"))]);
    const taints = [...controlPlane && !scheduleOnControlPlanes ? [CONTROL_PLANE_TAINT] : [], ...taintsOf(merged(n, group, "nodeTaints"))];
    nodes.push({
      hostname,
      controlPlane,
      root: n,
      talosImageURL: url?.kind === "scalar" && typeof url.value === "string" && url.value !== "" ? url : void 0,
      secureboot: sb?.kind === "scalar" && sb.value === true ? sb : void 0,
      schematic: keep(schematicOf(file, mergedSchematic(n, group))),
      patches: [...global, ...override ? [] : patchList(child(group, "patches")), ...patchList(child(n, "patches"))],
      labels,
      absent: controlPlane ? /* @__PURE__ */ new Set() : /* @__PURE__ */ new Set([CONTROL_PLANE_LABEL]),
      taints
    });
  }
  const clusterName = stringAt(root, ["clusterName"]);
  return { file, root, clusterName: clusterName && !clusterName.includes("$") ? clusterName : void 0, talosVersion: talosVersionOf(file, root, talenv), nodes, schematics };
}
function machineConfigOf(file, root) {
  const image = valueAt(root, ["machine", "install", "image"]);
  const list2 = valueAt(root, ["machine", "install", "extraKernelArgs"]);
  const installKernelArgs = list2?.kind === "seq" ? list2 : void 0;
  return {
    file,
    root,
    installImage: image?.kind === "scalar" && typeof image.value === "string" ? image : void 0,
    installKernelArgs,
    installArgs: stringItems(installKernelArgs)
  };
}
function buildTalosModel(plainDocs) {
  const talenv = plainDocs.filter((d) => TALENV_FILES.has(basename2(d.file.absPath)));
  const model = { talconfigs: [], schematics: [], machineConfigs: [] };
  for (const { file, root } of plainDocs) {
    if (isTalconfig(root)) model.talconfigs.push(talconfigOf(file, root, talenv));
    else if (isSchematicDoc(root)) model.schematics.push(schematicOf(file, root));
    else if (isMachineConfig(root)) model.machineConfigs.push(machineConfigOf(file, root));
  }
  for (const t of model.talconfigs) for (const n of t.nodes) applyPatches(t, n, plainDocs);
  return model;
}
function applyPatches(t, n, plainDocs) {
  for (const ref of n.patches) {
    const text = String(ref.value).trim();
    let roots;
    if (text.startsWith("@")) {
      const abs = resolve3(dirname5(t.file.absPath), text.slice(1));
      roots = plainDocs.filter((d) => d.file.absPath === abs).map((d) => toPlain(d.root));
    } else {
      try {
        roots = (0, import_yaml7.parseAllDocuments)(text).map((d) => d.toJS());
      } catch {
        continue;
      }
    }
    for (const root of roots) {
      const get = (path) => path.reduce((v, k) => v && typeof v === "object" && !Array.isArray(v) ? v[k] : void 0, root);
      if (get(["cluster", "allowSchedulingOnControlPlanes"]) === true) n.taints = n.taints.filter((x) => x !== CONTROL_PLANE_TAINT);
      const labels = get(["machine", "nodeLabels"]);
      if (labels && typeof labels === "object") {
        for (const [k, v] of Object.entries(labels)) if (typeof v === "string") n.labels.set(k, v);
      }
      const taints = get(["machine", "nodeTaints"]);
      if (taints && typeof taints === "object") {
        for (const [key, spec] of Object.entries(taints)) {
          const taint = parseTaint(key, spec);
          if (taint) n.taints.push(taint);
        }
      }
    }
  }
}
var allSchematics = (talos) => [...talos.schematics, ...talos.talconfigs.flatMap((t) => t.schematics)];
function secureBootImages(talos) {
  const out = /* @__PURE__ */ new Map();
  const key = (s) => `${s.file.absPath}\0${s.start}\0${s.end}`;
  const add = (img, talconfig, node) => {
    const k = key(img.argsAnchor);
    const prior = out.get(k);
    if (prior) {
      if (node && !prior.nodeRefs.includes(node)) {
        prior.nodeRefs.push(node);
        if (!prior.nodes.includes(node.hostname)) prior.nodes.push(node.hostname);
      }
    } else out.set(k, { ...img, nodes: node ? [node.hostname] : [], nodeRefs: node ? [node] : [], talconfig });
  };
  for (const t of talos.talconfigs) {
    for (const n of t.nodes) {
      if (n.talosImageURL) {
        const image = String(n.talosImageURL.value);
        if (!isSecureBootInstaller(image)) continue;
        add({ declaration: n.talosImageURL, declaredBy: "talosImageURL", file: t.file, version: t.talosVersion, schematic: void 0, image, argsAnchor: n.talosImageURL.span }, t, n);
      } else if (n.secureboot) {
        const s = n.schematic;
        const argsAnchor = s?.kernelArgs?.span ?? n.secureboot.span;
        add({ declaration: n.secureboot, declaredBy: "machineSpec.secureboot", file: t.file, version: t.talosVersion, schematic: s ?? "empty", image: void 0, argsAnchor }, t, n);
      }
    }
  }
  for (const m of talos.machineConfigs) {
    const image = m.installImage ? String(m.installImage.value) : void 0;
    if (!m.installImage || !image || !isSecureBootInstaller(image)) continue;
    const raw = imageTag(image);
    const version2 = { raw, version: parseTalosVersion(raw), node: m.installImage };
    add({ declaration: m.installImage, declaredBy: "machine.install.image", file: m.file, version: version2, schematic: void 0, image, argsAnchor: m.installImage.span });
  }
  for (const s of talos.schematics) {
    if (!s.secureBootOptions) continue;
    add({ declaration: s.secureBootOptions, declaredBy: "customization.secureboot", file: s.file, version: { raw: void 0, version: void 0, node: void 0 }, schematic: s, image: void 0, argsAnchor: s.kernelArgs?.span ?? s.secureBootOptions.span });
  }
  return [...out.values()];
}
function patchTargets(talos) {
  const out = /* @__PURE__ */ new Map();
  for (const t of talos.talconfigs) {
    for (const n of t.nodes) {
      for (const p of n.patches) {
        const ref = String(p.value).trim();
        if (!ref.startsWith("@")) continue;
        const abs = resolve3(dirname5(t.file.absPath), ref.slice(1));
        const list2 = out.get(abs) ?? [];
        let entry = list2.find((e) => e.talconfig === t);
        if (!entry) list2.push(entry = { talconfig: t, nodes: [] });
        if (!entry.nodes.includes(n)) entry.nodes.push(n);
        out.set(abs, list2);
      }
    }
  }
  return out;
}

// src/resolve/clusters.ts
import { dirname as dirname6, relative, sep as sep2 } from "node:path";
var segments = (root, absPath) => relative(root, absPath).split(sep2).filter((s) => s && s !== ".." && s !== ".");
function clustersOf(releaseFile, talconfigs, root) {
  const clusters = new Set(talconfigs.map((t) => t.clusterName ?? t.file.absPath));
  if (clusters.size <= 1) return { talconfigs: [...talconfigs], known: true };
  const marks = talconfigs.map((t) => /* @__PURE__ */ new Set([...t.clusterName ? [t.clusterName] : [], ...segments(root, dirname6(t.file.absPath))]));
  const shared = new Set([...marks[0]].filter((m) => marks.every((s) => s.has(m))));
  const path = new Set(segments(root, dirname6(releaseFile)));
  const hits = talconfigs.filter((_, i) => [...marks[i]].some((m) => !shared.has(m) && path.has(m)));
  return hits.length ? { talconfigs: hits, known: true } : { talconfigs: [...talconfigs], known: false };
}

// src/resolve/scheduling.ts
var record = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
var strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string" || typeof x === "number").map(String) : [];
function requirements(list2, field = false) {
  return (Array.isArray(list2) ? list2 : []).flatMap((r) => {
    const req = record(r);
    if (!req || typeof req.key !== "string" || typeof req.operator !== "string") return [];
    return [{ key: field && req.key === "metadata.name" ? "kubernetes.io/hostname" : req.key, operator: req.operator, values: strings(req.values) }];
  });
}
function placementOf(values, chartVersion) {
  const selector = record(toPlain(valueAt(values, ["nodeSelector"]))) ?? {};
  const nodeSelector = Object.fromEntries(Object.entries(selector).filter(([, v]) => v !== null && typeof v !== "object").map(([k, v]) => [k, String(v)]));
  const required = record(toPlain(valueAt(values, ["affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution"])));
  const terms = Array.isArray(required?.nodeSelectorTerms) ? required.nodeSelectorTerms.map((t) => [...requirements(record(t)?.matchExpressions), ...requirements(record(t)?.matchFields, true)]) : void 0;
  const written = valueAt(values, ["tolerations"]);
  const tolerations = written ? toPlain(written) : void 0;
  return {
    nodeSelector,
    terms,
    tolerations: written ? (Array.isArray(tolerations) ? tolerations : []).map(record).filter((t) => !!t).map((t) => t) : defaultTolerations(chartVersion)
  };
}
function rulesOut(req, node) {
  const value = node.labels.get(req.key);
  const present = value !== void 0;
  const absent = node.absent.has(req.key);
  switch (req.operator) {
    case "In":
      return absent || present && !req.values.includes(value);
    case "NotIn":
      return present && req.values.includes(value);
    case "Exists":
      return absent;
    case "DoesNotExist":
      return present;
    case "Gt":
    case "Lt": {
      if (absent) return true;
      if (!present || req.values.length !== 1 || !/^-?\d+$/.test(value) || !/^-?\d+$/.test(req.values[0])) return false;
      return req.operator === "Gt" ? !(Number(value) > Number(req.values[0])) : !(Number(value) < Number(req.values[0]));
    }
    default:
      return false;
  }
}
function tolerates(t, taint) {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  if (!t.key && t.operator !== "Exists") return false;
  return t.operator === "Exists" || (t.value ?? "") === (taint.value ?? "");
}
function canRunOn(p, node) {
  for (const [key, value] of Object.entries(p.nodeSelector)) {
    if (rulesOut({ key, operator: "In", values: [value] }, node)) return false;
  }
  if (p.terms && !p.terms.some((term) => !term.some((req) => rulesOut(req, node)))) return false;
  if (p.tolerations) {
    for (const taint of node.taints) {
      if (taint.effect === "PreferNoSchedule" || DAEMONSET_TOLERATED_KEYS.has(taint.key)) continue;
      if (!p.tolerations.some((t) => tolerates(t, taint))) return false;
    }
  }
  return true;
}

// src/rules/talos-secure-boot.ts
var where = (span2) => fileLine(span2.file, span2.start);
var applied = (r) => !r.api || r.api.serving === "current" || r.api.serving === "deprecated";
function falcoDrivers(ctx) {
  const out = [];
  const current = ctx.releases.filter(applied);
  for (const r of current.length ? current : ctx.releases) {
    const driver = effectiveDriver(r.release.values, r.installed, r.admitted);
    if (driver) out.push({ release: r, driver, span: driver.written?.span ?? r.span });
  }
  return out;
}
function meeting(ctx, img, uses) {
  if (!img.talconfig || img.nodeRefs.length === 0) return uses.length ? { img, uses: [...uses], unsure: [] } : void 0;
  const talconfigs = ctx.model.talos.talconfigs;
  const met = [];
  const unsure = [];
  const nodes = /* @__PURE__ */ new Set();
  for (const use of uses) {
    const cluster = clustersOf(use.release.release.object.file.absPath, talconfigs, ctx.store.root);
    if (!cluster.talconfigs.includes(img.talconfig)) continue;
    const placement = placementOf(use.release.release.values, use.release.installed?.version);
    const reached = img.nodeRefs.filter((n) => canRunOn(placement, n));
    if (reached.length === 0) continue;
    met.push(use);
    if (!cluster.known) unsure.push(use);
    for (const n of reached) nodes.add(n.hostname);
  }
  return met.length ? { img: { ...img, nodes: img.nodes.filter((n) => nodes.has(n)) }, uses: met, unsure } : void 0;
}
function unsureNote(m, ctx) {
  if (m.unsure.length === 0) return "";
  const names = [...new Set(ctx.model.talos.talconfigs.map((t) => t.clusterName ?? t.file.path))].sort();
  return ` (this repository describes clusters ${names.join(", ")} and nothing in it tells which one ${m.unsure.map((u) => u.release.release.title).join(" and ")} ${m.unsure.length > 1 ? "are" : "is"} applied to, so helmvet pairs ${m.unsure.length > 1 ? "them" : "it"} with each)`;
}
function describeRelease(use) {
  const { driver } = use;
  const how = driver.written ? `${driver.field}: ${driver.value}` : `${driver.field} ${driver.value}, the default of chart ${driver.defaultOf}`;
  return `${use.release.release.title} (${where(use.span)}, ${how})`;
}
function releasesCannotLoad(uses) {
  if (uses.length === 1) return `${describeRelease(uses[0])} cannot load ${DRIVER_WHAT[uses[0].driver.kind]}`;
  return `${uses.map(describeRelease).join(" and ")} cannot load their eBPF probes`;
}
function lockdownOf(img) {
  if (img.schematic === void 0) return void 0;
  const forces = secureBootForcesConfidentiality(img.version.version);
  if (forces === false) return void 0;
  const args = img.schematic === "empty" ? [] : img.schematic.args;
  return { known: forces === true, result: applyKernelArgs(["confidentiality"], args, supportsNegatedArgs(img.version.version)) };
}
function secureBootOn(img) {
  const v = img.version.version;
  if (!v) return `Secure Boot on Talos before ${talosLine(SECURE_BOOT_LOCKDOWN_UNTIL)}`;
  return `Secure Boot on Talos ${v}${img.version.via ? ` (talosVersion from ${img.version.via.path})` : ""}`;
}
function unknownVersionNote(img) {
  if (img.version.version) return "";
  const raw = img.version.raw;
  const what = raw ? `${img.declaredBy === "machine.install.image" ? "the installer tag" : "talosVersion"} "${raw}" is not a version helmvet can read` : img.declaredBy === "customization.secureboot" ? "a schematic does not say which Talos it is built for" : img.declaredBy === "machine.install.image" ? "the installer has no version tag" : "talosVersion is not set, so talhelper uses the newest Talos it knows";
  return ` (${what}; Talos ${talosLine(SECURE_BOOT_LOCKDOWN_UNTIL)} and newer no longer add lockdown=confidentiality.)`;
}
var ofNodes = (img) => img.nodes.length ? ` of node${img.nodes.length > 1 ? "s" : ""} ${img.nodes.join(", ")}` : "";

// src/rules/talos/install-kernel-args-ignored.ts
var install_kernel_args_ignored_default = createRule(
  {
    id: "talos/install-kernel-args-ignored",
    title: "Lockdown args in machine.install.extraKernelArgs never reach a Talos Secure Boot kernel",
    severity: "warning",
    fixable: false,
    references: [
      "https://github.com/siderolabs/talos/blob/v1.10.0/pkg/machinery/config/types/v1alpha1/v1alpha1_types.go",
      "https://github.com/siderolabs/talos/blob/v1.12.0/pkg/machinery/config/types/v1alpha1/v1alpha1_types.go"
    ]
  },
  (ctx) => {
    const images = secureBootImages(ctx.model.talos);
    const patches = patchTargets(ctx.model.talos);
    const secureBootReason = (m, negatedOnly) => {
      const image = m.installImage ? String(m.installImage.value) : void 0;
      if (image && isSecureBootInstaller(image)) return `this config installs the Secure Boot installer ${image}`;
      const sbNodes = (patches.get(m.file.absPath) ?? []).flatMap(
        ({ talconfig, nodes }) => nodes.filter((n) => n.talosImageURL ? isSecureBootInstaller(String(n.talosImageURL.value)) : !!n.secureboot).map((n) => ({ talconfig, n }))
      );
      if (sbNodes.length) return `${sbNodes[0].talconfig.file.path} applies this patch to Secure Boot node${sbNodes.length > 1 ? "s" : ""} ${sbNodes.map((s) => s.n.hostname).join(", ")}`;
      if (negatedOnly && images.length) return `this repository installs Talos with Secure Boot (${where(images[0].declaration.span)}), the only kernel where "-lockdown" matters`;
      return void 0;
    };
    for (const m of ctx.model.talos.machineConfigs) {
      const lockdownArgs = m.installArgs.filter((a) => isLockdownArg(a.text));
      if (lockdownArgs.length === 0) continue;
      const reason = secureBootReason(m, lockdownArgs.some((a) => /(^|\s)-lockdown(=|\s|$)/.test(a.text)));
      if (!reason) continue;
      const listed = lockdownArgs.map((a) => `"${a.text}"`).join(", ");
      ctx.report({
        span: lockdownArgs[0].node.span,
        message: `machine.install.extraKernelArgs ${listed} never reach${lockdownArgs.length > 1 ? "" : "es"} the kernel here: ${reason}. A Secure Boot node boots a signed UKI whose kernel command line is part of the signature, so Talos does not apply install.extraKernelArgs there (from Talos ${talosLine(INSTALL_ARGS_IGNORED_WITH_SYSTEMD_BOOT_SINCE)} they are ignored under systemd-boot, the UEFI default, and from ${talosLine(INSTALL_ARGS_DEPRECATED_SINCE)} the field is deprecated). Put the args in the schematic the installer is built from: customization.${LOCKDOWN_FIX}.`
      });
    }
  }
);

// src/rules/talos/lockdown-no-effect.ts
function why(arg, effect, on) {
  const quoted = `"${arg.text}"`;
  const stays = `the lockdown=confidentiality that ${on} adds stays`;
  switch (effect.kind) {
    case "appended":
      if (!/(^|\s)lockdown=integrity(\s|$)/.test(arg.text)) return void 0;
      return `${quoted} has no effect: ${on} already puts lockdown=confidentiality on the kernel command line, and the kernel never lowers a lockdown level once set (lock_kernel_down refuses with -EPERM), so confidentiality stays. Remove the default first: ${LOCKDOWN_FIX}.`;
    case "deleted":
      if (effect.removed.length > 0) return void 0;
      return `${quoted} removes only that exact argument, which is not on the command line, so ${stays}. "-lockdown" alone removes every lockdown= argument: ${LOCKDOWN_FIX}.`;
    case "folded":
      return `${quoted} does nothing here: Talos (go-procfs) groups arguments of one name under the first of them, "${effect.into.text}", which removes only the values it lists, so ${stays}. Write "-lockdown" first: ${LOCKDOWN_FIX}.`;
    case "literal":
      return `${quoted} is kept as written: Talos removes arguments with a leading "-" only from ${NEGATED_KERNEL_ARGS_SINCE}, so ${stays}. Upgrade Talos, then use ${LOCKDOWN_FIX}.`;
    case "deleted-all":
      return void 0;
  }
}
var lockdown_no_effect_default = createRule(
  {
    id: "talos/lockdown-no-effect",
    title: "A lockdown kernel arg of a Talos Secure Boot image changes nothing",
    severity: "warning",
    fixable: false,
    references: [
      "https://github.com/siderolabs/talos/pull/8535",
      "https://github.com/torvalds/linux/blob/master/security/lockdown/lockdown.c",
      "https://github.com/siderolabs/go-procfs/blob/main/procfs/cmdline.go"
    ]
  },
  (ctx) => {
    for (const img of secureBootImages(ctx.model.talos)) {
      const lockdown = lockdownOf(img);
      if (!lockdown?.result.lockdown.some((l) => l.from === void 0 && l.value === "confidentiality")) continue;
      for (const [arg, effect] of lockdown.result.effects) {
        const message = why(arg, effect, secureBootOn(img));
        if (message) ctx.report({ span: arg.node.span, message: `${message}${unknownVersionNote(img)}` });
      }
    }
  }
);

// src/rules/talos/lockdown-removed.ts
var lockdown_removed_default = createRule(
  {
    id: "talos/lockdown-removed",
    title: "Kernel args remove lockdown from a Talos Secure Boot image without setting integrity",
    severity: "warning",
    fixable: false,
    references: [
      "https://github.com/falcosecurity/falco/issues/3416",
      "https://github.com/siderolabs/talos/pull/8535",
      "https://github.com/siderolabs/talos/commit/7a4a92854f960dc8976ca190160545516a4820b3"
    ]
  },
  (ctx) => {
    for (const img of secureBootImages(ctx.model.talos)) {
      const lockdown = lockdownOf(img);
      if (!lockdown || lockdown.result.level !== "none") continue;
      let remover;
      let alsoRemoved = [];
      for (const [arg, effect] of lockdown.result.effects) {
        if ((effect.kind === "deleted-all" || effect.kind === "deleted") && effect.removed.some((r) => r.from === void 0)) {
          remover = arg;
          alsoRemoved = effect.removed.flatMap((r) => r.from ? [r.from] : []);
          break;
        }
      }
      if (!remover) continue;
      const folded = [...lockdown.result.effects].filter(([, e]) => e.kind === "folded" && e.into === remover).map(([a]) => a);
      const notes = [
        ...folded.filter((a) => a.text.includes("=")).map((a) => ` The "${a.text}" after it removes nothing: Talos groups it under "${remover.text}" (this is the list from falco#3416).`),
        ...alsoRemoved.map((a) => ` It also removes the "${a.text}" before it: Talos applies the arguments in order, so lockdown=integrity has to come after "-lockdown".`)
      ];
      ctx.report({
        span: remover.node.span,
        message: `"${remover.text}" removes the lockdown=confidentiality that ${secureBootOn(img)} adds, and no lockdown=integrity is left after it, so the kernel${ofNodes(img)} runs without any lockdown: Secure Boot verifies the kernel at boot, but root can then still change the running kernel (lockdown is what refuses /dev/mem writes, unsigned kexec and hibernation images), a security downgrade.${notes.join("")} Falco's eBPF probe only needs lockdown lowered to integrity: ${LOCKDOWN_FIX}.${unknownVersionNote(img)}`
      });
    }
  }
);

// src/rules/talos/secureboot-kmod.ts
var secureboot_kmod_default = createRule(
  {
    id: "talos/secureboot-kmod",
    title: "A Falco release loads the kernel module on Talos with Secure Boot, which refuses unsigned modules",
    severity: "error",
    fixable: false,
    references: ["https://github.com/siderolabs/talos/commit/ced57b047a389e26f7e5bfa3efab5b64f3fced87", "https://github.com/torvalds/linux/blob/master/include/linux/security.h"]
  },
  (ctx) => {
    const images = secureBootImages(ctx.model.talos);
    if (images.length === 0) return;
    for (const use of falcoDrivers(ctx).filter((u) => u.driver.kind === "kmod")) {
      const met = images.map((img) => meeting(ctx, img, [use])).filter((m) => m !== void 0);
      if (met.length === 0) continue;
      const nodes = met.flatMap((m) => m.img.nodes);
      const onNodes = nodes.length ? `, node${nodes.length > 1 ? "s" : ""} ${nodes.join(", ")}` : "";
      ctx.report({
        span: use.span,
        message: `${describeRelease(use)} loads the Falco kernel module, but this repository boots Talos with Secure Boot (${where(met[0].img.declaration.span)}${onNodes})${unsureNote(met[0], ctx)}: Talos loads only modules signed when Talos was built (module.sig_enforce, which cannot be turned off under Secure Boot, and every kernel lockdown level refuses unsigned modules), so falco.ko is refused and Falco does not start on those nodes. Use driver.kind: modern_ebpf, with ${LOCKDOWN_FIX} in the nodes' schematic on Talos before ${talosLine(SECURE_BOOT_LOCKDOWN_UNTIL)}.`
      });
    }
  }
);

// src/rules/talos/secureboot-lockdown.ts
var MECHANISM = "Confidentiality lockdown withholds the bpf_probe_read helpers from eBPF programs, so";
var FAILS = 'and Falco exits with "Initialization issues during scap_init"';
var NEGATION_NOTE = ` Talos before ${talosLine(NEGATED_KERNEL_ARGS_SINCE)} keeps a "-" argument as written; upgrade Talos first.`;
function wording(img) {
  const id = img.image ? /\/([0-9a-f]{64})(?::|@|$)/.exec(img.image)?.[1] : void 0;
  switch (img.declaredBy) {
    case "talosImageURL":
    case "machine.install.image":
      return {
        missing: `${img.nodes.length ? `${ofNodes(img)}, installed from` : " of"} this Secure Boot installer, and no schematic in this repository removes it (helmvet cannot see what ${id ? `schematic ${id.slice(0, 12)}\u2026` : "the installer"} holds)`,
        fix: `Build the installer from a schematic with customization.${LOCKDOWN_FIX} and use its ID here`
      };
    case "customization.secureboot":
      return {
        missing: " of images built from this schematic (its customization.secureboot options are for Secure Boot images), and its extraKernelArgs do not remove it",
        fix: `Add to the schematic's customization: ${LOCKDOWN_FIX}`
      };
    case "machineSpec.secureboot":
      return img.schematic !== "empty" && img.schematic?.kernelArgs ? { missing: `${ofNodes(img)}, and this extraKernelArgs list does not remove it`, fix: `Add "-lockdown" and then "lockdown=integrity" to this list: ${LOCKDOWN_FIX}` } : {
        missing: `${ofNodes(img)}, and ${img.nodes.length > 1 ? "their schematics have" : "its schematic has"} no extraKernelArgs that remove it`,
        fix: `Give ${img.nodes.length > 1 ? "these nodes" : "this node"} schematic.customization.${LOCKDOWN_FIX}`
      };
  }
}
function report2(img, uses, known, unsure, setByList = false) {
  const { missing: notRemoved, fix } = wording(img);
  const missing = setByList ? `${ofNodes(img)}, and this extraKernelArgs list sets lockdown=confidentiality again after removing it` : notRemoved;
  const negation = supportsNegatedArgs(img.version.version) ? "" : NEGATION_NOTE;
  return {
    span: img.argsAnchor,
    severity: known ? "error" : "warning",
    message: `${secureBootOn(img)} adds lockdown=confidentiality to the kernel command line${missing}. ${MECHANISM} ${releasesCannotLoad(uses)} ${FAILS}${unsure}. ${fix} (integrity lockdown keeps the kernel's integrity protections and allows eBPF tracing).${negation}${unknownVersionNote(img)}`
  };
}
var secureboot_lockdown_default = createRule(
  {
    id: "talos/secureboot-lockdown",
    title: "Talos Secure Boot keeps lockdown=confidentiality, which stops the eBPF probe of a Falco release",
    severity: "error",
    fixable: false,
    references: [
      "https://github.com/falcosecurity/falco/issues/3416",
      "https://github.com/siderolabs/talos/pull/8535",
      "https://github.com/siderolabs/talos/commit/5e13cafe5b506039fdd652372b1d1f71a1c1c10b",
      "https://github.com/siderolabs/talos/commit/a72281e5b98d55b0bfa6c1ba6499193e804c67ef"
    ]
  },
  (ctx) => {
    const ebpf = falcoDrivers(ctx).filter((u) => EBPF_DRIVERS.has(u.driver.kind));
    if (ebpf.length === 0) return;
    const someSchematicFixes = allSchematics(ctx.model.talos).some((s) => applyKernelArgs(["confidentiality"], s.args, true).level !== "confidentiality");
    for (const image of secureBootImages(ctx.model.talos)) {
      const met = meeting(ctx, image, ebpf);
      if (!met) continue;
      const { img, uses } = met;
      const unsure = unsureNote(met, ctx);
      if (img.schematic === void 0) {
        const forces = secureBootForcesConfidentiality(img.version.version);
        if (forces === false || someSchematicFixes) continue;
        ctx.report(report2(img, uses, forces === true, unsure));
        continue;
      }
      const lockdown = lockdownOf(img);
      if (lockdown?.result.level !== "confidentiality") continue;
      const setByList = !lockdown.result.lockdown.some((l) => l.from === void 0);
      ctx.report(report2(img, uses, lockdown.known, unsure, setByList));
    }
  }
);

// src/rules/index.ts
var RULES = [
  version_advisory_default,
  render_blocking_value_default,
  removed_value_default,
  unknown_value_default,
  driver_kind_default,
  open_version_range_default,
  k8s_metadata_node_filter_default,
  removed_cli_option_default,
  removed_api_default,
  removed_field_default,
  base_syscalls_repair_default,
  cpu_limit_default,
  secureboot_lockdown_default,
  secureboot_kmod_default,
  lockdown_no_effect_default,
  lockdown_removed_default,
  install_kernel_args_ignored_default,
  unknown_chart_version_default,
  invalid_chart_version_default,
  yaml_syntax_default,
  duplicate_key_default,
  unreadable_file_default,
  unresolved_reference_default,
  unused_suppression_default
];
var RULES_BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));

export {
  require_dist,
  validateConfig,
  require_semver2 as require_semver,
  ConstraintError,
  parseConstraint,
  chooseVersion,
  loadAdvisories,
  defaultComponent,
  shortRef,
  TALOS_KERNELS,
  compareText,
  FLUX_RELEASES,
  NEWEST_FLUX,
  serving,
  isCurrentHelmReleaseApi,
  FLUX2_CHART_FLUX,
  FLUX2_CHART_NEWEST,
  fluxOfChart,
  chartOfTemplate,
  parseYaml,
  parseSource,
  positionAt,
  withBom,
  fileLine,
  lineText,
  fileLocator,
  entryAt,
  valueAt,
  scalarAt,
  stringAt,
  mergeValues,
  setPath,
  toPlain,
  newSink,
  owning,
  layerOf,
  valuesFileLayer,
  documentTrees,
  asObject,
  apiGroup,
  versionRef,
  isKustomization,
  kustomizeReleases,
  isKustomizationFile,
  Consumers,
  buildTalosModel,
  docsUrl,
  DRIVER_ALIASES,
  VALUES_MIGRATIONS,
  MECHANICAL,
  RULES,
  RULES_BY_ID
};
