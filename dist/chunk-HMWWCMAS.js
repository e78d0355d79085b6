import { createRequire as __helmvetCreateRequire } from 'node:module'; const require = __helmvetCreateRequire(import.meta.url);
import {
  require_dist,
  validateAdvisory
} from "./chunk-ITFBIYZH.js";
import {
  __commonJS,
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
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
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
    var parse2 = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
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
    var valid = (version, options) => {
      const v = parse2(version, options);
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
    var clean = (version, options) => {
      const s = parse2(version.trim().replace(/^[=v]+/, ""), options);
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
    var inc = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
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
      const v2 = parse2(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
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
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
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
    var prerelease = (version, options) => {
      const parsed = parse2(version, options);
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
    var sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose));
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
    var coerce = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
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
    var truncate = (version, truncation, options) => {
      if (!constants.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse2(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
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
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
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
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
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
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
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
    var satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
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
    var outside = (version, range, hilo, options) => {
      version = new SemVer(version, options);
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
      if (satisfies(version, range, options)) {
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
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
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
    var gtr = (version, range, options) => outside(version, range, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range, options) => outside(version, range, "<", options);
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
      for (const version of v) {
        const included = satisfies(version, range, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
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
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
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

// src/findings.ts
var SEVERITIES = ["error", "warning", "info"];
var severityRank = { info: 1, warning: 2, error: 3 };
var DOCS_BASE = "https://github.com/helmvet/helmvet/blob/main/docs/rules/";
var docsUrl = (id) => `${DOCS_BASE}${id}.md`;
function sentences(...parts) {
  const capital = (s) => /^[a-z]+(?![\w:./-])/.test(s) && !s.startsWith("helmvet") ? `${s.charAt(0).toUpperCase()}${s.slice(1)}` : s;
  const sentence = (s) => `${capital(s)}${/[.?!]["')]?$/.test(s) ? "" : "."}`;
  return parts.filter((p) => p !== "").map(sentence).join(" ");
}
var composeMessage = (title, why, help) => sentences(title, why, help);
function countFailing(findings, failOn) {
  return failOn === "none" ? 0 : findings.filter((f) => severityRank[f.severity] >= severityRank[failOn]).length;
}

// src/knowledge/advisories.ts
var import_yaml = __toESM(require_dist(), 1);
import { readdirSync, readFileSync } from "node:fs";

// src/knowledge/range.ts
var import_semver = __toESM(require_semver2(), 1);
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
  const sv = import_semver.default.parse(
    `${num(major)}.${num(minor)}.${num(patch)}${pre ? `-${pre}` : ""}${build ? `+${build}` : ""}`
  );
  if (!sv) return void 0;
  const canonical = (s) => s !== void 0 && num(s) === s;
  return { sv, pre: pre ?? "", strict: canonical(major) && canonical(minor) && canonical(patch) };
}
var compare = (a, b) => import_semver.default.compare(a.sv, b.sv);
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
  if (!m)
    throw new ConstraintError(
      `invalid version constraint ${JSON.stringify(raw)}: cannot read ${JSON.stringify(token)}`
    );
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
  check(version) {
    const v = parseVersion(version);
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
    data = (0, import_yaml.parse)(text);
  } catch (e) {
    throw new AdvisoryError(`advisory ${name}: ${e.message.split("\n")[0]}`);
  }
  if (!validate(data)) {
    const err = validate.errors?.[0];
    throw new AdvisoryError(`advisory ${name}: ${err?.instancePath || "/"} ${err?.message ?? "is invalid"}`);
  }
  const advisory = data;
  const ranges = advisory.affected.map((a) => {
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
  let nodeNamePattern;
  try {
    nodeNamePattern = advisory.nodeNames ? new RegExp(advisory.nodeNames) : void 0;
  } catch (e) {
    throw new AdvisoryError(`advisory ${name}: nodeNames "${advisory.nodeNames}": ${e.message}`);
  }
  const effects = /* @__PURE__ */ new Map();
  const affects = (v) => {
    if (!effects.has(v)) effects.set(v, ranges.find((r) => r.constraint.check(v))?.effect);
    return effects.get(v);
  };
  return { ...advisory, ranges, kernelRange, nodeNamePattern, affects };
}
function loadAdvisories(dir2 = new URL("./advisories/", import.meta.url)) {
  return readdirSync(dir2).filter((n) => n.endsWith(".yaml")).sort().map((n) => loadAdvisory(n, readFileSync(new URL(n, dir2), "utf8")));
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

// src/knowledge/talos.ts
var import_semver2 = __toESM(require_semver2(), 1);
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
var talosKernel = (version) => version ? TALOS_KERNELS[version] : void 0;
var SECURE_BOOT_LOCKDOWN_SINCE = "1.5.0";
var SECURE_BOOT_LOCKDOWN_UNTIL = "1.14.0";
var NEGATED_KERNEL_ARGS_SINCE = "1.6.0";
var INSTALL_ARGS_IGNORED_WITH_SYSTEMD_BOOT_SINCE = "1.10.0";
var INSTALL_ARGS_DEPRECATED_SINCE = "1.12.0";
var talosLine = (version) => version.replace(/\.0$/, "");
function parseTalosVersion(raw) {
  const v = raw?.trim().replace(/^v/, "");
  return v && import_semver2.default.valid(v) ? v : void 0;
}
function secureBootForcesConfidentiality(version) {
  if (!version) return void 0;
  return import_semver2.default.gte(version, SECURE_BOOT_LOCKDOWN_SINCE) && import_semver2.default.lt(version, SECURE_BOOT_LOCKDOWN_UNTIL);
}
var supportsNegatedArgs = (version) => !version || import_semver2.default.gte(version, NEGATED_KERNEL_ARGS_SINCE);
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
        else if (!effects.has(arg))
          effects.set(
            arg,
            value === "" ? { kind: "folded", into: first.arg } : { kind: "deleted", removed: removed.filter((r) => r.value === value) }
          );
      }
      continue;
    }
    for (const { arg } of group.values.slice(1))
      if (!effects.has(arg)) effects.set(arg, { kind: "folded", into: first.arg });
  }
  return { lockdown, level: lockdownLevel(lockdown.map((l) => l.value)), effects };
}
var isLockdownArg = (text) => text.split(/\s+/).some((f) => /^-?lockdown(=|$)/.test(f));
var LOCKDOWN_FIX = 'extraKernelArgs: ["-lockdown", "lockdown=integrity"]';

// src/knowledge/data/falco-values-keys.json
var falco_values_keys_default = {
  source: "Chart defaults: ../shared/reference falco-chart-values/*.yaml and falco-chart-values-keydiff.tsv (2.0.0 on), values.yaml at the falcosecurity/charts tags falco-1.1.9 to falco-1.19.4 (1.1.8: commit 1b92a16); template reads, sub-charts and the removed-configuration guard: templates/ and Chart.yaml at each falco-<version> tag (master 548458c); Falco configuration keys: falco.yaml and userspace/ at each falcosecurity/falco release tag (HEAD 1307474), cross-checked with config_json_schema.h from 0.39.0",
  snapshot: "2026-09-22",
  versions: ["1.1.8", "1.1.9", "1.1.10", "1.2.0", "1.2.1", "1.2.2", "1.2.3", "1.3.0", "1.4.0", "1.5.0", "1.5.1", "1.5.2", "1.5.3", "1.5.4", "1.5.5", "1.5.6", "1.5.7", "1.5.8", "1.6.0", "1.6.1", "1.7.0", "1.7.1", "1.7.2", "1.7.3", "1.7.4", "1.7.5", "1.7.6", "1.7.7", "1.7.8", "1.7.9", "1.7.10", "1.8.0", "1.8.1", "1.9.0", "1.10.0", "1.11.0", "1.11.1", "1.12.0", "1.13.0", "1.13.1", "1.13.2", "1.14.0", "1.14.1", "1.15.0", "1.15.1", "1.15.2", "1.15.3", "1.15.4", "1.15.5", "1.15.6", "1.15.7", "1.16.0", "1.16.1", "1.16.2", "1.16.3", "1.16.4", "1.17.0", "1.17.1", "1.17.2", "1.17.3", "1.17.4", "1.17.5", "1.17.6", "1.18.0", "1.18.1", "1.18.2", "1.18.3", "1.18.4", "1.18.5", "1.18.6", "1.19.0", "1.19.1", "1.19.2", "1.19.3", "1.19.4", "2.0.0", "2.0.1", "2.0.2", "2.0.3", "2.0.4", "2.0.5", "2.0.6", "2.0.7", "2.0.8", "2.0.9", "2.0.10", "2.0.11", "2.0.12", "2.0.13", "2.0.14", "2.0.15", "2.0.16", "2.0.17", "2.0.18", "2.1.0", "2.2.0", "2.3.0", "2.3.1", "2.4.0", "2.4.1", "2.4.2", "2.4.3", "2.4.4", "2.4.5", "2.4.6", "2.4.7", "2.5.0", "2.5.1", "2.5.2", "2.5.3", "2.5.4", "2.5.5", "3.0.0", "3.1.0", "3.1.1", "3.1.2", "3.1.3", "3.1.4", "3.1.5", "3.2.0", "3.2.1", "3.3.0", "3.3.1", "3.4.0", "3.4.1", "3.5.0", "3.6.0", "3.6.1", "3.6.2", "3.7.0", "3.7.1", "3.8.0", "3.8.1", "3.8.2", "3.8.3", "3.8.4", "3.8.5", "3.8.6", "3.8.7", "4.0.0", "4.1.0", "4.1.1", "4.1.2", "4.2.0", "4.2.1", "4.2.2", "4.2.3", "4.2.4", "4.2.5", "4.2.6", "4.3.0", "4.3.1", "4.4.0", "4.4.1", "4.4.2", "4.4.3", "4.5.0", "4.5.1", "4.5.2", "4.5.3", "4.6.0", "4.6.1", "4.6.2", "4.6.3", "4.7.0", "4.7.1", "4.7.2", "4.8.0", "4.8.1", "4.8.2", "4.8.3", "4.9.0", "4.9.1", "4.10.0", "4.11.0", "4.11.1", "4.11.2", "4.12.0", "4.13.0", "4.14.0", "4.14.1", "4.14.2", "4.15.0", "4.15.1", "4.16.0", "4.16.1", "4.16.2", "4.17.0", "4.17.1", "4.17.2", "4.18.0", "4.19.0", "4.20.0", "4.20.1", "4.21.0", "4.21.1", "4.21.2", "4.21.3", "4.22.0", "5.0.0", "5.0.1", "5.0.2", "5.0.3", "6.0.0", "6.0.1", "6.0.2", "6.1.0", "6.2.0", "6.2.1", "6.2.2", "6.2.3", "6.2.4", "6.2.5", "6.3.0", "6.4.0", "6.4.1", "7.0.0", "7.0.1", "7.0.2", "7.0.3", "7.0.4", "7.0.5", "7.1.0", "7.1.1", "7.1.2", "7.2.0", "7.2.1", "8.0.0", "8.0.1", "8.0.2", "8.0.3", "8.0.4", "8.0.5", "9.0.0", "9.1.0", "9.2.0-rc1", "9.2.0"],
  kinds: { map: "a closed map: only its children are keys", falco: "Falco's configuration, passed through as falco.yaml: its children are checked, nothing below them", free: "anything below ({} default, or passed on whole)", subchart: "a sub-chart's values", read: "read by the templates, not in values.yaml", "falco-config": "a Falco configuration key the chart does not default", list: "a list", string: "a string", null: "null by default", bool: "a boolean: a map there has no keys", number: "a number: a map there has no keys" },
  paths: {
    affinity: [["1.1.8", "9.2.0", "free"]],
    auditLog: [["1.1.8", "1.19.4", "map"]],
    "auditLog.dynamicBackend": [["1.1.8", "1.18.6", "map"]],
    "auditLog.dynamicBackend.enabled": [["1.1.8", "1.18.6", "bool"]],
    "auditLog.dynamicBackend.url": [["1.1.9", "1.18.6", "string"]],
    "auditLog.enabled": [["1.1.8", "1.19.4", "bool"]],
    "auditLog.listenPort": [["1.19.0", "1.19.4", "number"]],
    "auditLog.nodePort": [["1.19.0", "1.19.4", "bool"]],
    certs: [["1.1.8", "9.2.0", "map"]],
    "certs.ca": [["1.1.8", "9.2.0", "map"]],
    "certs.ca.crt": [["1.1.8", "1.5.5", "read"], ["1.5.6", "9.2.0", "string"]],
    "certs.client": [["3.8.5", "9.2.0", "map"]],
    "certs.client.crt": [["3.8.5", "9.2.0", "string"]],
    "certs.client.key": [["3.8.5", "9.2.0", "string"]],
    "certs.existingClientSecret": [["3.8.5", "9.2.0", "string"]],
    "certs.existingSecret": [["1.15.2", "9.2.0", "string"]],
    "certs.server": [["1.1.8", "9.2.0", "map"]],
    "certs.server.crt": [["1.1.8", "1.5.5", "read"], ["1.5.6", "9.2.0", "string"]],
    "certs.server.key": [["1.1.8", "1.5.5", "read"], ["1.5.6", "9.2.0", "string"]],
    collectors: [["2.0.0", "9.2.0", "map"]],
    "collectors.containerEngine": [["4.22.0", "9.2.0", "map"]],
    "collectors.containerEngine.enabled": [["4.22.0", "9.2.0", "bool"]],
    "collectors.containerEngine.engines": [["4.22.0", "9.2.0", "free"]],
    "collectors.containerEngine.hooks": [["4.22.0", "9.2.0", "list"]],
    "collectors.containerEngine.labelMaxLen": [["4.22.0", "9.2.0", "number"]],
    "collectors.containerEngine.pluginRef": [["4.22.0", "9.2.0", "string"]],
    "collectors.containerEngine.withSize": [["4.22.0", "9.2.0", "bool"]],
    "collectors.containerd": [["2.0.0", "6.4.1", "map"]],
    "collectors.containerd.enabled": [["2.0.0", "6.4.1", "bool"]],
    "collectors.containerd.socket": [["2.0.0", "6.4.1", "string"]],
    "collectors.crio": [["2.0.0", "6.4.1", "map"]],
    "collectors.crio.enabled": [["2.0.0", "6.4.1", "bool"]],
    "collectors.crio.socket": [["2.0.0", "6.4.1", "string"]],
    "collectors.docker": [["2.0.0", "6.4.1", "map"]],
    "collectors.docker.enabled": [["2.0.0", "6.4.1", "bool"]],
    "collectors.docker.socket": [["2.0.0", "6.4.1", "string"]],
    "collectors.enabled": [["2.0.0", "9.2.0", "bool"]],
    "collectors.kubernetes": [["2.0.0", "9.2.0", "map"]],
    "collectors.kubernetes.apiAuth": [["2.0.0", "3.8.7", "string"]],
    "collectors.kubernetes.apiUrl": [["2.0.0", "3.8.7", "string"]],
    "collectors.kubernetes.collectorHostname": [["4.0.0", "9.2.0", "string"]],
    "collectors.kubernetes.collectorPort": [["4.0.0", "9.2.0", "string"]],
    "collectors.kubernetes.enableNodeFilter": [["2.0.0", "3.8.7", "bool"]],
    "collectors.kubernetes.enabled": [["2.0.0", "9.2.0", "bool"]],
    "collectors.kubernetes.hostProc": [["4.13.0", "9.2.0", "string"]],
    "collectors.kubernetes.pluginRef": [["4.0.0", "9.2.0", "string"]],
    "collectors.kubernetes.verbosity": [["4.13.0", "9.2.0", "string"]],
    containerSecurityContext: [["2.0.0", "9.2.0", "free"]],
    containerd: [["1.1.8", "1.19.4", "map"]],
    "containerd.enabled": [["1.1.8", "1.19.4", "bool"]],
    "containerd.socket": [["1.1.8", "1.19.4", "string"]],
    controller: [["2.0.0", "9.2.0", "map"]],
    "controller.annotations": [["2.4.7", "9.2.0", "free"]],
    "controller.daemonset": [["2.0.0", "9.2.0", "map"]],
    "controller.daemonset.revisionHistoryLimit": [["9.2.0-rc1", "9.2.0", "null"]],
    "controller.daemonset.updateStrategy": [["2.0.0", "9.2.0", "free"]],
    "controller.deployment": [["2.0.0", "9.2.0", "map"]],
    "controller.deployment.replicas": [["2.0.0", "9.2.0", "number"]],
    "controller.deployment.revisionHistoryLimit": [["3.5.0", "9.2.0", "read"]],
    "controller.kind": [["2.0.0", "9.2.0", "string"]],
    "controller.labels": [["4.4.3", "9.2.0", "free"]],
    crio: [["1.18.0", "1.19.4", "map"]],
    "crio.enabled": [["1.18.0", "1.19.4", "bool"]],
    "crio.socket": [["1.18.0", "1.19.4", "string"]],
    customRules: [["1.1.8", "9.2.0", "free"]],
    daemonset: [["1.1.8", "1.19.4", "map"]],
    "daemonset.env": [["1.1.8", "1.19.4", "free"]],
    "daemonset.podAnnotations": [["1.1.8", "1.19.4", "free"]],
    "daemonset.updateStrategy": [["1.1.8", "1.19.4", "free"]],
    docker: [["1.1.8", "1.19.4", "map"]],
    "docker.enabled": [["1.1.8", "1.19.4", "bool"]],
    "docker.socket": [["1.1.8", "1.19.4", "string"]],
    driver: [["2.0.0", "9.2.0", "map"]],
    "driver.ebpf": [["2.0.0", "8.0.5", "map"]],
    "driver.ebpf.bufSizePreset": [["4.0.0", "8.0.5", "number"]],
    "driver.ebpf.dropFailedExit": [["4.0.0", "8.0.5", "bool"]],
    "driver.ebpf.hostNetwork": [["2.0.0", "8.0.5", "bool"]],
    "driver.ebpf.leastPrivileged": [["2.0.0", "8.0.5", "bool"]],
    "driver.ebpf.path": [["2.0.0", "3.8.7", "null"], ["4.0.0", "8.0.5", "string"]],
    "driver.ebpf.sysfsMount": [["7.0.0", "8.0.5", "bool"]],
    "driver.enabled": [["2.0.0", "9.2.0", "bool"]],
    "driver.gvisor": [["4.0.0", "8.0.5", "map"]],
    "driver.gvisor.runsc": [["4.0.0", "8.0.5", "map"]],
    "driver.gvisor.runsc.config": [["4.0.0", "8.0.5", "string"]],
    "driver.gvisor.runsc.path": [["4.0.0", "8.0.5", "string"]],
    "driver.gvisor.runsc.root": [["4.0.0", "8.0.5", "string"]],
    "driver.kind": [["2.0.0", "9.2.0", "string"]],
    "driver.kmod": [["4.0.0", "9.2.0", "map"]],
    "driver.kmod.bufSizePreset": [["4.0.0", "9.2.0", "number"]],
    "driver.kmod.dropFailedExit": [["4.0.0", "9.2.0", "bool"]],
    "driver.loader": [["2.0.0", "9.2.0", "map"]],
    "driver.loader.enabled": [["2.0.0", "9.2.0", "bool"]],
    "driver.loader.initContainer": [["2.0.0", "9.2.0", "map"]],
    "driver.loader.initContainer.args": [["2.0.15", "9.2.0", "list"]],
    "driver.loader.initContainer.enabled": [["2.0.0", "2.5.5", "bool"]],
    "driver.loader.initContainer.env": [["2.0.3", "2.4.7", "free"], ["2.5.0", "9.2.0", "list"]],
    "driver.loader.initContainer.image": [["2.0.0", "9.2.0", "map"]],
    "driver.loader.initContainer.image.pullPolicy": [["2.0.0", "9.2.0", "string"]],
    "driver.loader.initContainer.image.registry": [["2.0.0", "9.2.0", "string"]],
    "driver.loader.initContainer.image.repository": [["2.0.0", "9.2.0", "string"]],
    "driver.loader.initContainer.image.tag": [["2.0.0", "9.2.0", "string"]],
    "driver.loader.initContainer.resources": [["2.0.16", "9.2.0", "free"]],
    "driver.loader.initContainer.securityContext": [["2.0.16", "9.2.0", "free"]],
    "driver.modernEbpf": [["4.0.0", "9.2.0", "map"]],
    "driver.modernEbpf.bufSizePreset": [["4.0.0", "9.2.0", "number"]],
    "driver.modernEbpf.cpusForEachBuffer": [["4.0.0", "9.2.0", "number"]],
    "driver.modernEbpf.disableIterators": [["9.1.0", "9.2.0", "bool"]],
    "driver.modernEbpf.dropFailedExit": [["4.0.0", "9.2.0", "bool"]],
    "driver.modernEbpf.leastPrivileged": [["4.0.0", "9.2.0", "bool"]],
    "driver.modernEbpf.sysfsMount": [["7.0.0", "9.2.0", "bool"]],
    "driver.modern_bpf": [["3.3.0", "3.8.7", "map"]],
    "driver.modern_bpf.leastPrivileged": [["3.3.0", "3.8.7", "bool"]],
    "driver.sysfsMountPath": [["7.0.0", "9.2.0", "string"]],
    ebpf: [["1.1.8", "1.19.4", "map"]],
    "ebpf.enabled": [["1.1.8", "1.19.4", "bool"]],
    "ebpf.path": [["1.7.4", "1.19.4", "null"]],
    "ebpf.settings": [["1.1.8", "1.19.4", "map"]],
    "ebpf.settings.hostNetwork": [["1.1.8", "1.19.4", "bool"]],
    extra: [["2.0.0", "9.2.0", "free"]],
    extraArgs: [["1.1.8", "1.19.4", "list"]],
    extraInitContainers: [["1.4.0", "1.19.4", "list"]],
    extraVolumeMounts: [["1.5.8", "1.19.4", "list"]],
    extraVolumes: [["1.5.8", "1.19.4", "list"]],
    fakeEventGenerator: [["1.1.8", "1.19.4", "map"]],
    "fakeEventGenerator.args": [["1.1.9", "1.19.4", "list"]],
    "fakeEventGenerator.enabled": [["1.1.8", "1.19.4", "bool"]],
    "fakeEventGenerator.replicas": [["1.1.8", "1.19.4", "number"]],
    falco: [["1.1.8", "1.19.4", "map"], ["2.0.0", "9.2.0", "falco"]],
    "falco-talon": [["4.21.2", "9.2.0", "subchart"]],
    "falco.append_output": [["4.9.0", "9.2.0", "list"]],
    "falco.base_syscalls": [["3.2.0", "9.2.0", "free"]],
    "falco.buffer_format_base64": [["4.18.0", "6.4.1", "falco-config"], ["7.0.0", "9.2.0", "free"]],
    "falco.bufferedOutputs": [["1.1.8", "1.19.4", "bool"]],
    "falco.buffered_outputs": [["2.0.0", "9.2.0", "free"]],
    "falco.capture": [["7.0.0", "9.2.0", "free"]],
    "falco.config_files": [["4.4.0", "9.2.0", "list"]],
    "falco.container_engines": [["4.9.0", "4.17.2", "falco-config"], ["4.18.0", "6.4.1", "free"]],
    "falco.engine": [["4.0.0", "9.2.0", "falco-config"]],
    "falco.falco_libs": [["4.4.0", "9.2.0", "free"]],
    "falco.fileOutput": [["1.1.8", "1.19.4", "map"]],
    "falco.fileOutput.enabled": [["1.1.8", "1.19.4", "bool"]],
    "falco.fileOutput.filename": [["1.1.8", "1.19.4", "string"]],
    "falco.fileOutput.keepAlive": [["1.1.8", "1.19.4", "bool"]],
    "falco.file_output": [["2.0.0", "9.2.0", "free"]],
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
    "falco.http_output": [["2.0.0", "9.2.0", "free"]],
    "falco.jsonIncludeOutputProperty": [["1.1.8", "1.19.4", "bool"]],
    "falco.jsonIncludeTagsProperty": [["1.16.0", "1.19.4", "bool"]],
    "falco.jsonOutput": [["1.1.8", "1.19.4", "bool"]],
    "falco.json_include_message_property": [["4.9.0", "9.2.0", "free"]],
    "falco.json_include_output_fields_property": [["4.22.0", "9.2.0", "free"]],
    "falco.json_include_output_property": [["2.0.0", "9.2.0", "free"]],
    "falco.json_include_tags_property": [["2.0.0", "9.2.0", "free"]],
    "falco.json_output": [["2.0.0", "9.2.0", "free"]],
    "falco.libs_logger": [["2.0.0", "9.2.0", "free"]],
    "falco.livenessProbe": [["1.13.0", "1.19.4", "map"]],
    "falco.livenessProbe.initialDelaySeconds": [["1.13.0", "1.19.4", "number"]],
    "falco.livenessProbe.periodSeconds": [["1.13.0", "1.19.4", "number"]],
    "falco.livenessProbe.timeoutSeconds": [["1.13.0", "1.19.4", "number"]],
    "falco.loadPlugins": [["1.17.0", "1.19.4", "list"]],
    "falco.load_plugins": [["2.0.0", "9.2.0", "list"]],
    "falco.logLevel": [["1.1.8", "1.19.4", "string"]],
    "falco.logStderr": [["1.1.8", "1.19.4", "bool"]],
    "falco.logSyslog": [["1.1.8", "1.19.4", "bool"]],
    "falco.log_level": [["2.0.0", "9.2.0", "string"]],
    "falco.log_stderr": [["2.0.0", "9.2.0", "free"]],
    "falco.log_syslog": [["2.0.0", "9.2.0", "free"]],
    "falco.metadataDownload": [["1.16.0", "1.19.4", "map"]],
    "falco.metadataDownload.chunkWaitUs": [["1.16.0", "1.19.4", "number"]],
    "falco.metadataDownload.maxMb": [["1.16.0", "1.19.4", "number"]],
    "falco.metadataDownload.watchFreqSec": [["1.16.0", "1.19.4", "number"]],
    "falco.metadata_download": [["2.0.0", "3.8.7", "free"]],
    "falco.metrics": [["3.2.0", "6.4.1", "free"]],
    "falco.modern_bpf": [["3.0.0", "3.8.7", "free"], ["4.0.0", "4.3.1", "falco-config"]],
    "falco.output_timeout": [["1.7.0", "1.19.4", "number"], ["2.0.0", "9.2.0", "free"]],
    "falco.outputs": [["1.1.8", "1.19.4", "map"], ["2.0.0", "3.1.5", "free"], ["3.2.0", "3.5.0", "falco-config"], ["3.6.0", "4.8.3", "free"]],
    "falco.outputs.maxBurst": [["1.1.8", "1.19.4", "number"]],
    "falco.outputs.rate": [["1.1.8", "1.19.4", "number"]],
    "falco.outputs_queue": [["3.7.0", "9.2.0", "free"]],
    "falco.plugins": [["1.17.0", "9.2.0", "list"]],
    "falco.plugins_hostinfo": [["4.18.0", "6.4.1", "falco-config"], ["7.0.0", "9.2.0", "free"]],
    "falco.podHostname": [["6.1.0", "9.2.0", "read"]],
    "falco.priority": [["1.1.8", "9.2.0", "string"]],
    "falco.programOutput": [["1.1.8", "1.19.4", "map"]],
    "falco.programOutput.enabled": [["1.1.8", "1.19.4", "bool"]],
    "falco.programOutput.keepAlive": [["1.1.8", "1.19.4", "bool"]],
    "falco.programOutput.program": [["1.1.8", "1.19.4", "string"]],
    "falco.program_output": [["2.0.0", "9.2.0", "free"]],
    "falco.readinessProbe": [["1.13.0", "1.19.4", "map"]],
    "falco.readinessProbe.initialDelaySeconds": [["1.13.0", "1.19.4", "number"]],
    "falco.readinessProbe.periodSeconds": [["1.13.0", "1.19.4", "number"]],
    "falco.readinessProbe.timeoutSeconds": [["1.13.0", "1.19.4", "number"]],
    "falco.rule_matching": [["3.7.0", "9.2.0", "string"]],
    "falco.rules": [["4.4.0", "9.2.0", "falco-config"]],
    "falco.rulesFile": [["1.1.8", "1.19.4", "list"]],
    "falco.rules_file": [["2.0.0", "4.7.0", "list"]],
    "falco.rules_files": [["4.4.0", "4.7.0", "falco-config"], ["4.7.1", "9.2.0", "list"]],
    "falco.static_fields": [["7.0.0", "9.2.0", "falco-config"]],
    "falco.stdoutOutput": [["1.1.8", "1.19.4", "map"]],
    "falco.stdoutOutput.enabled": [["1.1.8", "1.19.4", "bool"]],
    "falco.stdout_output": [["2.0.0", "9.2.0", "free"]],
    "falco.syscallEventDrops": [["1.1.8", "1.19.4", "map"]],
    "falco.syscallEventDrops.actions": [["1.1.8", "1.19.4", "list"]],
    "falco.syscallEventDrops.maxBurst": [["1.1.8", "1.19.4", "number"]],
    "falco.syscallEventDrops.rate": [["1.1.8", "1.19.4", "number"]],
    "falco.syscallEventDrops.threshold": [["1.17.0", "1.19.4", "number"]],
    "falco.syscallEventTimeouts": [["1.17.0", "1.19.4", "map"]],
    "falco.syscallEventTimeouts.maxConsecutives": [["1.17.0", "1.19.4", "number"]],
    "falco.syscall_buf_size_preset": [["2.1.0", "3.8.7", "free"], ["4.0.0", "4.3.1", "falco-config"]],
    "falco.syscall_drop_failed_exit": [["3.2.0", "3.8.7", "free"], ["4.0.0", "4.3.1", "falco-config"]],
    "falco.syscall_event_drops": [["2.0.0", "9.2.0", "free"]],
    "falco.syscall_event_timeouts": [["2.0.0", "9.2.0", "free"]],
    "falco.syslogOutput": [["1.1.8", "1.19.4", "map"]],
    "falco.syslogOutput.enabled": [["1.1.8", "1.19.4", "bool"]],
    "falco.syslog_output": [["2.0.0", "9.2.0", "free"]],
    "falco.timeFormatISO8601": [["1.1.8", "1.19.4", "bool"]],
    "falco.time_format_iso_8601": [["2.0.0", "9.2.0", "free"]],
    "falco.watchConfigFiles": [["1.19.0", "1.19.4", "bool"]],
    "falco.watch_config_files": [["2.0.0", "9.2.0", "free"]],
    "falco.webserver": [["1.1.8", "1.19.4", "map"], ["2.0.0", "9.2.0", "free"]],
    "falco.webserver.enabled": [["1.1.8", "1.19.4", "bool"]],
    "falco.webserver.k8sAuditEndpoint": [["1.1.8", "1.18.6", "string"]],
    "falco.webserver.k8sHealthzEndpoint": [["1.13.0", "1.19.4", "string"]],
    "falco.webserver.listenPort": [["1.1.8", "1.19.4", "number"]],
    "falco.webserver.nodePort": [["1.5.6", "1.18.6", "bool"]],
    "falco.webserver.sslCertificate": [["1.5.6", "1.19.4", "string"]],
    "falco.webserver.sslEnabled": [["1.5.6", "1.19.4", "bool"]],
    falcoHostnameEnv: [["8.0.4", "9.2.0", "bool"]],
    falcoctl: [["3.0.0", "9.2.0", "map"]],
    "falcoctl.artifact": [["3.0.0", "9.2.0", "map"]],
    "falcoctl.artifact.follow": [["3.0.0", "9.2.0", "map"]],
    "falcoctl.artifact.follow.args": [["3.0.0", "9.2.0", "list"]],
    "falcoctl.artifact.follow.enabled": [["3.0.0", "9.2.0", "bool"]],
    "falcoctl.artifact.follow.env": [["3.0.0", "3.1.4", "free"], ["3.1.5", "9.2.0", "list"]],
    "falcoctl.artifact.follow.envFrom": [["6.2.3", "9.2.0", "list"]],
    "falcoctl.artifact.follow.mounts": [["3.4.0", "9.2.0", "map"]],
    "falcoctl.artifact.follow.mounts.volumeMounts": [["3.4.0", "9.2.0", "list"]],
    "falcoctl.artifact.follow.resources": [["3.0.0", "9.2.0", "free"]],
    "falcoctl.artifact.follow.securityContext": [["3.0.0", "9.2.0", "free"]],
    "falcoctl.artifact.install": [["3.0.0", "9.2.0", "map"]],
    "falcoctl.artifact.install.args": [["3.0.0", "9.2.0", "list"]],
    "falcoctl.artifact.install.enabled": [["3.0.0", "9.2.0", "bool"]],
    "falcoctl.artifact.install.env": [["3.0.0", "3.1.4", "free"], ["3.1.5", "9.2.0", "list"]],
    "falcoctl.artifact.install.envFrom": [["6.2.3", "9.2.0", "list"]],
    "falcoctl.artifact.install.mounts": [["3.4.0", "9.2.0", "map"]],
    "falcoctl.artifact.install.mounts.volumeMounts": [["3.4.0", "9.2.0", "list"]],
    "falcoctl.artifact.install.resources": [["3.0.0", "9.2.0", "free"]],
    "falcoctl.artifact.install.securityContext": [["3.0.0", "9.2.0", "free"]],
    "falcoctl.config": [["3.0.0", "9.2.0", "free"]],
    "falcoctl.image": [["3.0.0", "9.2.0", "map"]],
    "falcoctl.image.pullPolicy": [["3.0.0", "9.2.0", "string"]],
    "falcoctl.image.registry": [["3.0.0", "9.2.0", "string"]],
    "falcoctl.image.repository": [["3.0.0", "9.2.0", "string"]],
    "falcoctl.image.tag": [["3.0.0", "9.2.0", "string"]],
    falcosidekick: [["1.6.1", "9.2.0", "subchart"]],
    falcotalon: [["4.21.2", "5.0.3", "map"]],
    "falcotalon.enabled": [["4.21.2", "4.21.2", "read"], ["4.21.3", "5.0.3", "bool"]],
    fullnameOverride: [["1.1.8", "1.19.4", "read"], ["2.0.0", "9.2.0", "string"]],
    global: [["1.1.8", "9.2.0", "free"]],
    grafana: [["4.11.0", "9.2.0", "map"]],
    "grafana.dashboards": [["4.11.0", "9.2.0", "map"]],
    "grafana.dashboards.configMaps": [["4.11.0", "9.2.0", "map"]],
    "grafana.dashboards.configMaps.falco": [["4.11.0", "9.2.0", "map"]],
    "grafana.dashboards.configMaps.falco.folder": [["4.11.0", "9.2.0", "string"]],
    "grafana.dashboards.configMaps.falco.folderAnnotation": [["7.1.0", "9.2.0", "string"]],
    "grafana.dashboards.configMaps.falco.name": [["4.11.0", "9.2.0", "string"]],
    "grafana.dashboards.configMaps.falco.namespace": [["4.11.0", "9.2.0", "string"]],
    "grafana.dashboards.enabled": [["4.11.0", "9.2.0", "bool"]],
    gvisor: [["2.4.0", "3.8.7", "map"]],
    "gvisor.enabled": [["2.4.0", "3.8.7", "bool"]],
    "gvisor.runsc": [["2.4.0", "3.8.7", "map"]],
    "gvisor.runsc.config": [["2.4.0", "3.8.7", "string"]],
    "gvisor.runsc.path": [["2.4.0", "3.8.7", "string"]],
    "gvisor.runsc.root": [["2.4.0", "3.8.7", "string"]],
    healthChecks: [["2.0.0", "9.2.0", "map"]],
    "healthChecks.livenessProbe": [["2.0.0", "9.2.0", "map"]],
    "healthChecks.livenessProbe.failureThreshold": [["7.0.3", "9.2.0", "number"]],
    "healthChecks.livenessProbe.initialDelaySeconds": [["2.0.0", "9.2.0", "number"]],
    "healthChecks.livenessProbe.periodSeconds": [["2.0.0", "9.2.0", "number"]],
    "healthChecks.livenessProbe.timeoutSeconds": [["2.0.0", "9.2.0", "number"]],
    "healthChecks.readinessProbe": [["2.0.0", "9.2.0", "map"]],
    "healthChecks.readinessProbe.failureThreshold": [["7.0.3", "9.2.0", "number"]],
    "healthChecks.readinessProbe.initialDelaySeconds": [["2.0.0", "9.2.0", "number"]],
    "healthChecks.readinessProbe.periodSeconds": [["2.0.0", "9.2.0", "number"]],
    "healthChecks.readinessProbe.timeoutSeconds": [["2.0.0", "9.2.0", "number"]],
    "healthChecks.startupProbe": [["7.0.3", "9.2.0", "map"]],
    "healthChecks.startupProbe.failureThreshold": [["7.0.3", "9.2.0", "number"]],
    "healthChecks.startupProbe.initialDelaySeconds": [["7.0.3", "9.2.0", "number"]],
    "healthChecks.startupProbe.periodSeconds": [["7.0.3", "9.2.0", "number"]],
    "healthChecks.startupProbe.timeoutSeconds": [["7.0.3", "9.2.0", "number"]],
    image: [["1.1.8", "9.2.0", "map"]],
    "image.pullPolicy": [["1.1.8", "9.2.0", "string"]],
    "image.pullSecrets": [["1.2.2", "1.19.4", "list"]],
    "image.registry": [["1.1.8", "9.2.0", "string"]],
    "image.repository": [["1.1.8", "9.2.0", "string"]],
    "image.tag": [["1.1.8", "9.2.0", "string"]],
    imagePullSecrets: [["2.0.0", "9.2.0", "list"]],
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
    "k8s-metacollector": [["4.0.0", "9.2.0", "subchart"]],
    kubernetesSupport: [["1.12.0", "1.19.4", "map"]],
    "kubernetesSupport.apiAuth": [["1.12.0", "1.19.4", "string"]],
    "kubernetesSupport.apiUrl": [["1.12.0", "1.19.4", "string"]],
    "kubernetesSupport.enableNodeFilter": [["1.16.0", "1.19.4", "bool"]],
    "kubernetesSupport.enabled": [["1.12.0", "1.19.4", "bool"]],
    leastPrivileged: [["1.17.2", "1.19.4", "map"]],
    "leastPrivileged.enabled": [["1.17.2", "1.19.4", "bool"]],
    metrics: [["4.6.0", "9.2.0", "map"]],
    "metrics.convertMemoryToMB": [["4.6.0", "9.2.0", "bool"]],
    "metrics.enabled": [["4.6.0", "9.2.0", "bool"]],
    "metrics.includeEmptyValues": [["4.6.0", "9.2.0", "bool"]],
    "metrics.interval": [["4.6.0", "9.2.0", "string"]],
    "metrics.jemallocStatsEnabled": [["7.0.0", "9.2.0", "bool"]],
    "metrics.kernelEventCountersEnabled": [["4.6.0", "9.2.0", "bool"]],
    "metrics.kernelEventCountersPerCPUEnabled": [["4.9.0", "9.2.0", "bool"]],
    "metrics.kernelIterEventCountersEnabled": [["9.1.0", "9.2.0", "bool"]],
    "metrics.libbpfStatsEnabled": [["4.6.0", "9.2.0", "bool"]],
    "metrics.outputRule": [["4.6.0", "9.2.0", "bool"]],
    "metrics.pluginsMetricsEnabled": [["7.0.0", "9.2.0", "bool"]],
    "metrics.resourceUtilizationEnabled": [["4.6.0", "9.2.0", "bool"]],
    "metrics.rulesCountersEnabled": [["4.6.0", "9.2.0", "bool"]],
    "metrics.service": [["4.6.0", "9.2.0", "map"]],
    "metrics.service.annotations": [["4.9.1", "9.2.0", "free"]],
    "metrics.service.create": [["4.6.0", "9.2.0", "bool"]],
    "metrics.service.ipFamilies": [["6.4.0", "9.2.0", "read"]],
    "metrics.service.ipFamilyPolicy": [["6.4.0", "9.2.0", "read"]],
    "metrics.service.labels": [["4.9.1", "9.2.0", "free"]],
    "metrics.service.ports": [["4.6.0", "9.2.0", "map"]],
    "metrics.service.ports.metrics": [["4.6.0", "9.2.0", "map"]],
    "metrics.service.ports.metrics.ipFamilies": [["6.4.0", "9.2.0", "list"]],
    "metrics.service.ports.metrics.ipFamilyPolicy": [["6.4.0", "9.2.0", "string"]],
    "metrics.service.ports.metrics.port": [["4.6.0", "9.2.0", "number"]],
    "metrics.service.ports.metrics.protocol": [["4.6.0", "9.2.0", "string"]],
    "metrics.service.ports.metrics.targetPort": [["4.6.0", "9.2.0", "number"]],
    "metrics.service.type": [["4.6.0", "9.2.0", "string"]],
    "metrics.stateCountersEnabled": [["4.6.0", "9.2.0", "bool"]],
    mounts: [["2.0.0", "9.2.0", "map"]],
    "mounts.enforceProcMount": [["2.0.5", "4.8.3", "bool"]],
    "mounts.volumeMounts": [["2.0.0", "9.2.0", "list"]],
    "mounts.volumes": [["2.0.0", "9.2.0", "list"]],
    nameOverride: [["1.1.8", "1.19.4", "read"], ["2.0.0", "9.2.0", "string"]],
    namespaceOverride: [["2.3.0", "9.2.0", "string"]],
    nodeSelector: [["1.1.8", "9.2.0", "free"]],
    podAnnotations: [["2.0.0", "9.2.0", "free"]],
    podHostname: [["6.1.0", "9.2.0", "null"]],
    podLabels: [["1.16.3", "9.2.0", "free"]],
    podPriorityClassName: [["2.0.0", "9.2.0", "null"]],
    podSecurityContext: [["1.19.2", "9.2.0", "free"]],
    podSecurityPolicy: [["1.1.8", "1.19.4", "map"]],
    "podSecurityPolicy.create": [["1.1.8", "1.19.4", "bool"]],
    priorityClassName: [["1.1.8", "1.19.4", "null"], ["2.0.0", "2.0.6", "read"]],
    proxy: [["1.1.8", "1.19.4", "map"]],
    "proxy.httpProxy": [["1.1.8", "1.19.4", "null"]],
    "proxy.httpsProxy": [["1.1.8", "1.19.4", "null"]],
    "proxy.noProxy": [["1.1.8", "1.19.4", "null"]],
    rbac: [["1.1.8", "3.8.7", "map"], ["4.4.0", "9.2.0", "map"]],
    "rbac.create": [["1.1.8", "3.8.7", "bool"], ["4.4.0", "9.2.0", "bool"]],
    resources: [["1.1.8", "9.2.0", "free"]],
    responseActions: [["6.0.0", "9.2.0", "map"]],
    "responseActions.enabled": [["6.0.0", "9.2.0", "bool"]],
    scc: [["1.2.1", "9.2.0", "map"]],
    "scc.create": [["1.2.1", "9.2.0", "bool"]],
    securityContext: [["1.19.2", "1.19.4", "free"]],
    serviceAccount: [["1.1.8", "9.2.0", "map"]],
    "serviceAccount.annotations": [["1.16.2", "3.8.7", "free"], ["4.1.0", "9.2.0", "free"]],
    "serviceAccount.create": [["1.1.8", "3.8.7", "bool"], ["4.0.0", "4.0.0", "read"], ["4.1.0", "9.2.0", "bool"]],
    "serviceAccount.imagePullSecrets": [["4.21.0", "9.2.0", "list"]],
    "serviceAccount.labels": [["9.2.0-rc1", "9.2.0", "free"]],
    "serviceAccount.name": [["1.1.8", "1.19.4", "null"], ["2.0.0", "3.8.7", "string"], ["4.0.0", "4.0.0", "read"], ["4.1.0", "9.2.0", "string"]],
    serviceMonitor: [["4.6.0", "9.2.0", "map"]],
    "serviceMonitor.create": [["4.6.0", "9.2.0", "bool"]],
    "serviceMonitor.endpointPort": [["4.6.0", "9.2.0", "string"]],
    "serviceMonitor.interval": [["4.6.0", "9.2.0", "string"]],
    "serviceMonitor.labels": [["4.6.0", "9.2.0", "free"]],
    "serviceMonitor.namespace": [["4.6.0", "9.2.0", "read"]],
    "serviceMonitor.path": [["4.6.0", "9.2.0", "string"]],
    "serviceMonitor.relabelings": [["4.6.0", "9.2.0", "list"]],
    "serviceMonitor.scheme": [["4.6.0", "9.2.0", "string"]],
    "serviceMonitor.scrapeTimeout": [["4.6.0", "9.2.0", "string"]],
    "serviceMonitor.selector": [["4.6.0", "9.2.0", "free"]],
    "serviceMonitor.targetLabels": [["4.6.0", "9.2.0", "list"]],
    "serviceMonitor.tlsConfig": [["4.6.0", "9.2.0", "free"]],
    services: [["2.0.0", "9.2.0", "null"]],
    timezone: [["1.1.8", "1.19.4", "null"]],
    tolerations: [["1.1.8", "9.2.0", "list"]],
    tty: [["2.0.6", "9.2.0", "bool"]]
  },
  hints: {
    "collectors.containerEngine.engines.bpm": [["4.22.0", "9.2.0"]],
    "collectors.containerEngine.engines.bpm.enabled": [["4.22.0", "9.2.0"]],
    "collectors.containerEngine.engines.containerd": [["4.22.0", "9.2.0"]],
    "collectors.containerEngine.engines.containerd.enabled": [["4.22.0", "9.2.0"]],
    "collectors.containerEngine.engines.containerd.sockets": [["4.22.0", "9.2.0"]],
    "collectors.containerEngine.engines.cri": [["4.22.0", "9.2.0"]],
    "collectors.containerEngine.engines.cri.enabled": [["4.22.0", "9.2.0"]],
    "collectors.containerEngine.engines.cri.sockets": [["4.22.0", "9.2.0"]],
    "collectors.containerEngine.engines.docker": [["4.22.0", "9.2.0"]],
    "collectors.containerEngine.engines.docker.enabled": [["4.22.0", "9.2.0"]],
    "collectors.containerEngine.engines.docker.sockets": [["4.22.0", "9.2.0"]],
    "collectors.containerEngine.engines.libvirt_lxc": [["4.22.0", "9.2.0"]],
    "collectors.containerEngine.engines.libvirt_lxc.enabled": [["4.22.0", "9.2.0"]],
    "collectors.containerEngine.engines.lxc": [["4.22.0", "9.2.0"]],
    "collectors.containerEngine.engines.lxc.enabled": [["4.22.0", "9.2.0"]],
    "collectors.containerEngine.engines.podman": [["4.22.0", "9.2.0"]],
    "collectors.containerEngine.engines.podman.enabled": [["4.22.0", "9.2.0"]],
    "collectors.containerEngine.engines.podman.sockets": [["4.22.0", "9.2.0"]],
    "controller.daemonset.updateStrategy.type": [["2.0.0", "9.2.0"]],
    "daemonset.updateStrategy.type": [["1.1.8", "1.19.4"]],
    "extra.args": [["2.0.0", "9.2.0"]],
    "extra.env": [["2.0.0", "9.2.0"]],
    "extra.initContainers": [["2.0.0", "9.2.0"]],
    "falco.base_syscalls.all": [["7.0.0", "9.2.0"]],
    "falco.base_syscalls.custom_set": [["3.2.0", "9.2.0"]],
    "falco.base_syscalls.repair": [["3.2.0", "9.2.0"]],
    "falco.capture.default_duration": [["7.0.0", "9.2.0"]],
    "falco.capture.enabled": [["7.0.0", "9.2.0"]],
    "falco.capture.mode": [["7.0.0", "9.2.0"]],
    "falco.capture.path_prefix": [["7.0.0", "9.2.0"]],
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
    "falco.falco_libs.snaplen": [["7.0.0", "9.2.0"]],
    "falco.falco_libs.thread_table_auto_purging_interval_s": [["7.0.0", "9.2.0"]],
    "falco.falco_libs.thread_table_auto_purging_thread_timeout_s": [["7.0.0", "9.2.0"]],
    "falco.falco_libs.thread_table_size": [["4.4.0", "9.2.0"]],
    "falco.file_output.enabled": [["2.0.0", "9.2.0"]],
    "falco.file_output.filename": [["2.0.0", "9.2.0"]],
    "falco.file_output.keep_alive": [["2.0.0", "9.2.0"]],
    "falco.grpc.bind_address": [["2.0.0", "8.0.5"]],
    "falco.grpc.enabled": [["2.0.0", "8.0.5"]],
    "falco.grpc.threadiness": [["2.0.0", "8.0.5"]],
    "falco.grpc_output.enabled": [["2.0.0", "8.0.5"]],
    "falco.http_output.ca_bundle": [["3.2.0", "9.2.0"]],
    "falco.http_output.ca_cert": [["3.2.0", "9.2.0"]],
    "falco.http_output.ca_path": [["3.2.0", "9.2.0"]],
    "falco.http_output.client_cert": [["3.7.0", "9.2.0"]],
    "falco.http_output.client_key": [["3.7.0", "9.2.0"]],
    "falco.http_output.compress_uploads": [["4.0.0", "9.2.0"]],
    "falco.http_output.echo": [["3.7.0", "9.2.0"]],
    "falco.http_output.enabled": [["2.0.0", "9.2.0"]],
    "falco.http_output.insecure": [["3.2.0", "9.2.0"]],
    "falco.http_output.keep_alive": [["4.0.0", "9.2.0"]],
    "falco.http_output.max_consecutive_timeouts": [["4.22.0", "9.2.0"]],
    "falco.http_output.mtls": [["3.7.0", "9.2.0"]],
    "falco.http_output.url": [["2.0.0", "9.2.0"]],
    "falco.http_output.user_agent": [["2.0.0", "9.2.0"]],
    "falco.libs_logger.enabled": [["2.0.0", "9.2.0"]],
    "falco.libs_logger.severity": [["2.0.0", "9.2.0"]],
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
    "falco.outputs_queue.capacity": [["3.7.0", "9.2.0"]],
    "falco.outputs_queue.recovery": [["3.7.0", "3.7.1"]],
    "falco.program_output.enabled": [["2.0.0", "9.2.0"]],
    "falco.program_output.keep_alive": [["2.0.0", "9.2.0"]],
    "falco.program_output.program": [["2.0.0", "9.2.0"]],
    "falco.stdout_output.enabled": [["2.0.0", "9.2.0"]],
    "falco.syscall_event_drops.actions": [["2.0.0", "9.2.0"]],
    "falco.syscall_event_drops.max_burst": [["2.0.0", "9.2.0"]],
    "falco.syscall_event_drops.rate": [["2.0.0", "9.2.0"]],
    "falco.syscall_event_drops.simulate_drops": [["3.0.0", "9.2.0"]],
    "falco.syscall_event_drops.threshold": [["2.0.0", "9.2.0"]],
    "falco.syscall_event_timeouts.max_consecutives": [["2.0.0", "9.2.0"]],
    "falco.syslog_output.enabled": [["2.0.0", "9.2.0"]],
    "falco.webserver.enabled": [["2.0.0", "9.2.0"]],
    "falco.webserver.k8s_healthz_endpoint": [["2.0.0", "9.2.0"]],
    "falco.webserver.listen_address": [["7.0.0", "9.2.0"]],
    "falco.webserver.listen_port": [["2.0.0", "9.2.0"]],
    "falco.webserver.prometheus_metrics_enabled": [["4.4.0", "9.2.0"]],
    "falco.webserver.ssl_certificate": [["2.0.0", "9.2.0"]],
    "falco.webserver.ssl_enabled": [["2.0.0", "9.2.0"]],
    "falco.webserver.threadiness": [["3.0.0", "9.2.0"]],
    "falcoctl.config.artifact": [["3.0.0", "9.2.0"]],
    "falcoctl.config.artifact.allowedTypes": [["3.0.0", "9.2.0"]],
    "falcoctl.config.artifact.follow": [["3.0.0", "9.2.0"]],
    "falcoctl.config.artifact.follow.every": [["3.0.0", "9.2.0"]],
    "falcoctl.config.artifact.follow.falcoversions": [["3.0.0", "9.2.0"]],
    "falcoctl.config.artifact.follow.pluginsDir": [["3.0.0", "9.2.0"]],
    "falcoctl.config.artifact.follow.refs": [["3.0.0", "9.2.0"]],
    "falcoctl.config.artifact.follow.rulesfilesDir": [["3.0.0", "9.2.0"]],
    "falcoctl.config.artifact.follow.stateDir": [["7.2.0", "9.2.0"]],
    "falcoctl.config.artifact.install": [["3.0.0", "9.2.0"]],
    "falcoctl.config.artifact.install.pluginsDir": [["3.0.0", "9.2.0"]],
    "falcoctl.config.artifact.install.refs": [["3.0.0", "9.2.0"]],
    "falcoctl.config.artifact.install.resolveDeps": [["3.0.0", "9.2.0"]],
    "falcoctl.config.artifact.install.rulesfilesDir": [["3.0.0", "9.2.0"]],
    "falcoctl.config.artifact.install.stateDir": [["7.2.0", "9.2.0"]],
    "falcoctl.config.indexes": [["3.0.0", "9.2.0"]],
    "falcosidekick.enabled": [["1.6.1", "9.2.0"]],
    "falcosidekick.fullfdqn": [["1.10.0", "1.13.1"]],
    "falcosidekick.fullfqdn": [["1.13.2", "9.2.0"]],
    "falcosidekick.listenPort": [["2.0.0", "9.2.0"]],
    "resources.limits": [["1.1.8", "9.2.0"]],
    "resources.limits.cpu": [["1.1.8", "9.2.0"]],
    "resources.limits.memory": [["1.1.8", "9.2.0"]],
    "resources.requests": [["1.1.8", "9.2.0"]],
    "resources.requests.cpu": [["1.1.8", "9.2.0"]],
    "resources.requests.memory": [["1.1.8", "9.2.0"]]
  },
  renderGuard: {
    "driver.ebpf": [["9.0.0", "9.2.0"]],
    "driver.gvisor": [["9.0.0", "9.2.0"]],
    "falco.grpc": [["9.0.0", "9.2.0"]],
    "falco.grpc_output": [["9.0.0", "9.2.0"]]
  },
  falcoVersions: ["0.32.0", "0.32.1", "0.32.2", "0.33.0", "0.33.1", "0.34.0", "0.34.1", "0.35.0", "0.35.1", "0.36.0", "0.36.1", "0.36.2", "0.37.0", "0.37.1", "0.38.0", "0.38.1", "0.38.2", "0.39.0", "0.39.1", "0.39.2", "0.40.0-rc1", "0.40.0", "0.41.0", "0.41.1", "0.41.2", "0.41.3", "0.42.0", "0.42.1", "0.43.0", "0.43.1", "0.44.0", "0.44.1", "0.45.0-rc2", "0.45.0"],
  falcoConfig: {
    append_output: [["0.39.0", "0.45.0"]],
    base_syscalls: [["0.35.0", "0.45.0"]],
    buffer_format_base64: [["0.40.0-rc1", "0.45.0"]],
    buffered_outputs: [["0.32.0", "0.45.0"]],
    capture: [["0.42.0", "0.45.0"]],
    config_files: [["0.38.0", "0.45.0"]],
    container_engines: [["0.39.0", "0.40.0"]],
    engine: [["0.37.0", "0.45.0"]],
    falco_libs: [["0.38.0", "0.45.0"]],
    file_output: [["0.32.0", "0.45.0"]],
    grpc: [["0.32.0", "0.43.1"]],
    grpc_output: [["0.32.0", "0.43.1"]],
    http_output: [["0.32.0", "0.45.0"]],
    json_include_message_property: [["0.39.0", "0.45.0"]],
    json_include_output_fields_property: [["0.41.0", "0.45.0"]],
    json_include_output_property: [["0.32.0", "0.45.0"]],
    json_include_tags_property: [["0.32.0", "0.45.0"]],
    json_output: [["0.32.0", "0.45.0"]],
    libs_logger: [["0.32.1", "0.45.0"]],
    load_plugins: [["0.32.0", "0.45.0"]],
    log_level: [["0.32.0", "0.45.0"]],
    log_stderr: [["0.32.0", "0.45.0"]],
    log_syslog: [["0.32.0", "0.45.0"]],
    metadata_download: [["0.32.0", "0.36.2"]],
    metrics: [["0.35.0", "0.45.0"]],
    modern_bpf: [["0.34.0", "0.37.1"]],
    output_timeout: [["0.32.0", "0.45.0"]],
    outputs: [["0.32.0", "0.36.2"]],
    outputs_queue: [["0.36.0", "0.45.0"]],
    plugins: [["0.32.0", "0.45.0"]],
    plugins_hostinfo: [["0.40.0-rc1", "0.45.0"]],
    priority: [["0.32.0", "0.45.0"]],
    program_output: [["0.32.0", "0.45.0"]],
    rule_matching: [["0.36.0", "0.45.0"]],
    rules: [["0.38.0", "0.45.0"]],
    rules_file: [["0.32.0", "0.45.0"]],
    rules_files: [["0.38.0", "0.45.0"]],
    static_fields: [["0.42.0", "0.45.0"]],
    stdout_output: [["0.32.0", "0.45.0"]],
    syscall_buf_size_preset: [["0.33.0", "0.37.1"]],
    syscall_drop_failed_exit: [["0.35.0", "0.37.1"]],
    syscall_event_drops: [["0.32.0", "0.45.0"]],
    syscall_event_timeouts: [["0.32.0", "0.45.0"]],
    syslog_output: [["0.32.0", "0.45.0"]],
    time_format_iso_8601: [["0.32.0", "0.45.0"]],
    watch_config_files: [["0.32.0", "0.45.0"]],
    webserver: [["0.32.0", "0.45.0"]]
  },
  derived: { "9.2.0-rc1": {
    from: "9.1.0",
    falcoFrom: "0.44.1",
    added: ["controller.daemonset.revisionHistoryLimit", "serviceAccount.labels"],
    sources: ["https://github.com/falcosecurity/falco/pull/3989", "https://github.com/falcosecurity/falco/pull/3984", "https://github.com/falcosecurity/falco/pull/3986", "https://github.com/falcosecurity/falco/pull/3931", "https://github.com/falcosecurity/falco/pull/3946", "https://github.com/falcosecurity/test-infra/pull/2065"]
  }, "9.2.0": {
    from: "9.1.0",
    falcoFrom: "0.44.1",
    added: ["controller.daemonset.revisionHistoryLimit", "serviceAccount.labels"],
    sources: ["https://github.com/falcosecurity/falco/pull/4012", "https://github.com/falcosecurity/falco/pull/3984", "https://github.com/falcosecurity/falco/pull/3986", "https://github.com/falcosecurity/falco/pull/3931", "https://github.com/falcosecurity/falco/pull/3946", "https://github.com/falcosecurity/test-infra/pull/2085"]
  } }
};

// src/knowledge/values-schemas.ts
import { existsSync, readFileSync as readFileSync2 } from "node:fs";
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
    if (keyword !== "properties" && keyword !== "additionalProperties" && !(top && SCHEMA_ANNOTATIONS.has(keyword)))
      return void 0;
  }
  if ("additionalProperties" in node && node.additionalProperties !== false) return void 0;
  const properties = node.properties ?? {};
  if (!properties || typeof properties !== "object" || Array.isArray(properties)) return void 0;
  const names = Object.keys(properties);
  if (names.includes("__proto__")) return void 0;
  const children = [];
  for (const name of names) {
    const childPath = `${schemaPath}/properties/${encodeURIComponent(escapePointer(name))}`;
    const child = closedMap(properties[name], childPath, false);
    if (!child) return void 0;
    if (child.closed || child.children.length) children.push([name, `/${escapePointer(name)}`, childPath, child]);
  }
  return { closed: node.additionalProperties === false, keys: new Set(names), children };
}
function check(node, data, instancePath, schemaPath, errors) {
  if (!(data && typeof data == "object" && !Array.isArray(data))) return;
  const object = data;
  if (node.closed) {
    for (const key in object) {
      if (!node.keys.has(key)) {
        errors.push({
          instancePath,
          schemaPath: `${schemaPath}/additionalProperties`,
          keyword: "additionalProperties",
          params: { additionalProperty: key },
          message: "must NOT have additional properties"
        });
      }
    }
  }
  for (const [name, segment, childPath, child] of node.children) {
    const value = object[name];
    if (value !== void 0) check(child, value, instancePath + segment, childPath, errors);
  }
}
function compileValuesSchema(schema, file) {
  const root = closedMap(schema, "#", true);
  if (!root) throw new Error(`helmvet: ${file} uses more than properties and additionalProperties: false`);
  const validate2 = (data) => {
    const errors = [];
    check(root, data, "", "#", errors);
    validate2.errors = errors.length ? errors : null;
    return errors.length === 0;
  };
  return validate2;
}
function load() {
  dir ??= schemaDir();
  index ??= JSON.parse(readFileSync2(join(dir, "index.json"), "utf8"));
  return { dir, index };
}
function valuesSchemaFile(version) {
  const { index: index2 } = load();
  return version === "any" ? index2.any : index2.versions[version];
}
function valuesValidator(version) {
  const file = valuesSchemaFile(version);
  if (!file) return void 0;
  let validate2 = compiled.get(file);
  if (!validate2) {
    validate2 = compileValuesSchema(JSON.parse(readFileSync2(join(load().dir, file), "utf8")), `schemas/values/${file}`);
    compiled.set(file, validate2);
  }
  return validate2;
}

// src/knowledge/values-keys.ts
var CLOSED = /* @__PURE__ */ new Set(["map", "falco"]);
var CURATED = /* @__PURE__ */ new Set(["falco", "free", "subchart", "read", "falco-config"]);
var SCALAR = /* @__PURE__ */ new Set(["bool", "number"]);
var FROM_VALUES = {
  map: "map",
  free: "free",
  list: "list",
  string: "string",
  bool: "bool",
  number: "number",
  null: "null"
};
function bundledTables() {
  const at = new Map(falco_values_keys_default.versions.map((v, i) => [v, i]));
  const ranges = (table) => new Map(
    Object.entries(table).map(([path, rows]) => [
      path,
      rows.map(([from, to, kind]) => ({ from: at.get(from), to: at.get(to), kind }))
    ])
  );
  const falcoAt = new Map(falco_values_keys_default.falcoVersions.map((v, i) => [v, i]));
  return {
    versions: falco_values_keys_default.versions,
    history: ranges(falco_values_keys_default.paths),
    hints: ranges(falco_values_keys_default.hints),
    guard: ranges(falco_values_keys_default.renderGuard),
    falcoVersions: falco_values_keys_default.falcoVersions,
    falcoConfig: new Map(
      Object.entries(falco_values_keys_default.falcoConfig).map(([key, rows]) => [
        key,
        rows.map(([from, to]) => ({ from: falcoAt.get(from), to: falcoAt.get(to) }))
      ])
    )
  };
}
var KeyHistory = class _KeyHistory {
  constructor(t) {
    this.t = t;
    this.versions = t.versions;
    this.allPaths = [...t.history.keys()];
    this.falcoVersions = t.falcoVersions;
    this.index = new Map(t.versions.map((v, i) => [v, i]));
    this.falcoIndex = new Map(t.falcoVersions.map((v, i) => [v, i]));
  }
  t;
  /** Chart versions, oldest first, as the history counts them. */
  versions;
  /** Every key path some version knows. */
  allPaths;
  /** Falco releases whose configuration keys helmvet knows (0.32.0 on), oldest first. */
  falcoVersions;
  index;
  falcoIndex;
  knownCache = /* @__PURE__ */ new Map();
  hintCache = /* @__PURE__ */ new Map();
  childCache = /* @__PURE__ */ new Map();
  acceptingCache = /* @__PURE__ */ new Map();
  validators = /* @__PURE__ */ new Map();
  versionIndex(version) {
    return this.index.get(version);
  }
  /** How version `vi` treats exactly this path; undefined when it is not a key there. */
  kindAt(path, vi) {
    return this.t.history.get(path)?.find((s) => s.from <= vi && vi <= s.to)?.kind;
  }
  /** Whether version `vi` accepts a value at this path: a key of it, or below a key that takes anything. */
  acceptance(path, vi) {
    for (let i = 1; i <= path.length; i++) {
      const prefix = path.slice(0, i).join(".");
      const kind = this.kindAt(prefix, vi);
      if (!kind) return { accepted: false };
      if (i === path.length) return { accepted: true };
      if (SCALAR.has(kind)) return { accepted: false, scalar: { path: prefix, kind } };
      if (!CLOSED.has(kind)) return { accepted: true };
    }
    return { accepted: true };
  }
  acceptedAt(path, vi) {
    return this.acceptance(path, vi).accepted;
  }
  /** Every key path version `vi` knows (below closed maps only). */
  knownPaths(vi) {
    let list = this.knownCache.get(vi);
    if (!list) {
      list = this.allPaths.filter((p) => this.kindAt(p, vi) !== void 0);
      this.knownCache.set(vi, list);
    }
    return list;
  }
  /**
   * Default keys below free-form maps at version `vi` (every version when undefined): not checked, but a misplaced key
   * may belong there (`falcoctl.config.artifact.follow.every`).
   */
  hintPaths(vi) {
    let paths = this.hintCache.get(vi);
    if (!paths) {
      paths = [...this.t.hints].filter(([, ranges]) => vi === void 0 || ranges.some((r) => r.from <= vi && vi <= r.to)).map(([path]) => path);
      this.hintCache.set(vi, paths);
    }
    return [...paths];
  }
  /** The keys of a closed map at version `vi` (every version when `vi` is undefined). */
  childKeys(parent, vi) {
    const cacheKey = `${vi ?? ""}\0${parent}`;
    let keys = this.childCache.get(cacheKey);
    if (!keys) {
      const paths = vi === void 0 ? this.allPaths : this.knownPaths(vi);
      const prefix = parent ? `${parent}.` : "";
      keys = [
        ...new Set(
          paths.filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes(".")).map((p) => p.slice(prefix.length))
        )
      ];
      this.childCache.set(cacheKey, keys);
    }
    return [...keys];
  }
  /** Keys whose mere presence fails the render of version `vi` (the 9.x removed-configuration guard). */
  renderGuardAt(vi) {
    return [...this.t.guard].filter(([, ranges]) => ranges.some((r) => r.from <= vi && vi <= r.to)).map(([path]) => path);
  }
  /** The versions that accept this path, as indexes, oldest first. */
  acceptingVersions(path) {
    const key = JSON.stringify(path);
    let out = this.acceptingCache.get(key);
    if (!out) {
      out = [];
      for (let vi = 0; vi < this.versions.length; vi++) if (this.acceptedAt(path, vi)) out.push(vi);
      this.acceptingCache.set(key, out);
    }
    return [...out];
  }
  /** Whether that Falco release reads this top-level configuration key; undefined for a release helmvet does not know. */
  falcoReads(key, falcoVersion) {
    const i = this.falcoIndex.get(falcoVersion);
    if (i === void 0) return void 0;
    return this.t.falcoConfig.get(key)?.some((r) => r.from <= i && i <= r.to) ?? false;
  }
  /**
   * The closed-map JSON Schema of version `vi` (what scripts/gen-values-schemas.mjs writes for a bundled version):
   * for a learned version, which has no schema file.
   */
  schemaAt(vi) {
    const node = (prefix) => {
      const properties = {};
      for (const key of this.childKeys(prefix, vi).sort()) {
        const path = prefix ? `${prefix}.${key}` : key;
        const kind = this.kindAt(path, vi);
        properties[key] = CLOSED.has(kind) ? node(path) : SCALAR.has(kind) ? { additionalProperties: false } : {};
      }
      return { properties, additionalProperties: false };
    };
    return node("");
  }
  /**
   * The validator of a version's values (`any`: of some bundled version): the generated schema file of a bundled
   * version, or the schema of a learned one, built from its keys.
   */
  validator(version) {
    if (version === "any" || valuesSchemaFile(version)) return valuesValidator(version);
    const vi = this.versionIndex(version);
    if (vi === void 0) return void 0;
    let v = this.validators.get(vi);
    if (!v) {
      v = compileValuesSchema(this.schemaAt(vi), `the learned keys of chart ${version}`);
      this.validators.set(vi, v);
    }
    return v;
  }
  /**
   * This history with the versions `helmvet knowledge update` learned, newer than every bundled one, oldest first.
   * A learned version's keys are those of its values.yaml; where the newest bundled version knows more of a key than a
   * values.yaml can say (a free-form map, a sub-chart, Falco's configuration, a key only the templates read), that is
   * kept; its render guard is the newest bundled version's when they share a major.
   */
  with(learned) {
    if (learned.length === 0) return this;
    const t = this.t;
    const last = t.versions.length - 1;
    const newest = t.versions[last];
    const history = new Map([...t.history].map(([p, s]) => [p, [...s]]));
    const hints = new Map([...t.hints].map(([p, s]) => [p, [...s]]));
    const guard = new Map([...t.guard].map(([p, s]) => [p, [...s]]));
    const add = (table, path, vi, kind) => {
      const list = table.get(path) ?? [];
      const prev = list.at(-1);
      if (prev && prev.kind === kind && prev.to === vi - 1) list[list.length - 1] = { ...prev, to: vi };
      else list.push({ from: vi, to: vi, kind });
      table.set(path, list);
    };
    const versions = [...t.versions];
    for (const l of learned) {
      const vi = versions.length;
      versions.push(l.version);
      const kinds = /* @__PURE__ */ new Map();
      for (const [path, kind] of Object.entries(l.keys)) {
        const dot = path.lastIndexOf(".");
        const parent = dot < 0 ? void 0 : kinds.get(path.slice(0, dot));
        if (dot >= 0 && (parent === void 0 || !CLOSED.has(parent))) {
          if (parent !== void 0 || kinds.has(path.split(".")[0])) add(hints, path, vi, "free");
          continue;
        }
        const known = this.kindAt(path, last);
        const underFalco = parent === "falco";
        const own = underFalco && kind === "map" ? "free" : FROM_VALUES[kind];
        kinds.set(path, known !== void 0 && CURATED.has(known) ? known : own);
      }
      for (const path of this.knownPaths(last)) {
        const kind = this.kindAt(path, last);
        const dot = path.lastIndexOf(".");
        const parentKind = dot < 0 ? "map" : kinds.get(path.slice(0, dot));
        if (!kinds.has(path) && (kind === "subchart" || kind === "read" || kind === "falco-config") && parentKind !== void 0 && CLOSED.has(parentKind))
          kinds.set(path, kind);
      }
      for (const [path, kind] of kinds) add(history, path, vi, kind);
      if (l.version.split(".")[0] === newest.split(".")[0])
        for (const path of this.renderGuardAt(last)) add(guard, path, vi, "map");
    }
    return new _KeyHistory({ ...t, versions, history, hints, guard });
  }
};
var BUNDLED_KEYS = new KeyHistory(bundledTables());
var KEY_VERSIONS = BUNDLED_KEYS.versions;
var childKeys = (parent, vi) => BUNDLED_KEYS.childKeys(parent, vi);
var ALL_PATHS = BUNDLED_KEYS.allPaths;

export {
  SEVERITIES,
  severityRank,
  docsUrl,
  sentences,
  composeMessage,
  countFailing,
  require_semver2 as require_semver,
  ConstraintError,
  parseConstraint,
  chooseVersion,
  loadAdvisories,
  defaultComponent,
  shortRef,
  TALOS_KERNELS,
  talosKernel,
  SECURE_BOOT_LOCKDOWN_UNTIL,
  NEGATED_KERNEL_ARGS_SINCE,
  INSTALL_ARGS_IGNORED_WITH_SYSTEMD_BOOT_SINCE,
  INSTALL_ARGS_DEPRECATED_SINCE,
  talosLine,
  parseTalosVersion,
  secureBootForcesConfidentiality,
  supportsNegatedArgs,
  isSecureBootInstaller,
  imageTag,
  applyKernelArgs,
  isLockdownArg,
  LOCKDOWN_FIX,
  BUNDLED_KEYS,
  childKeys
};
