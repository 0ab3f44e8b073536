// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace huisuan {

/** Exit codes of huisuan-cli, as docs/case-format.md fixes them. */
enum CliExit {
    ExitOk = 0,
    ExitFailure = 1, // unreadable file, internal error, bad usage
    ExitRefused = 2, // the input was refused: PATH: message lines on standard error
};

/** Runs huisuan-cli: parses the command line, loads the translation and dispatches. */
int runCli(int argc, char** argv);

} // namespace huisuan
