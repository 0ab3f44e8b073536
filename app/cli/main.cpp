// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApplication.h"

int main(int argc, char** argv)
{
    return huisuan::runCli(argc, argv);
}
