#!/usr/bin/env node
"use strict";
// Thin shell: everything lives in dist/cli/main.js so that tests can run the CLI in process.
require("../dist/cli/bin.js");
