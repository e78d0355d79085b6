// An empty script: the start-up of Node itself, which bench/repos.mjs sets helmvet --version against.
