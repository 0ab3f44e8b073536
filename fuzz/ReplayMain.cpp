// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a fuzz target over saved inputs without libFuzzer, so that every build (gcc included) can
// replay the committed corpus as a regression test. Arguments are files or directories; a
// directory contributes its regular files, in name order so that runs are reproducible.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

namespace fs = std::filesystem;

bool collectInputs(const fs::path& argument, std::vector<fs::path>& inputs)
{
    std::error_code error;
    if (fs::is_directory(argument, error)) {
        std::vector<fs::path> found;
        for (const auto& entry : fs::directory_iterator(argument, error)) {
            if (entry.is_regular_file(error)) {
                found.push_back(entry.path());
            }
        }
        std::sort(found.begin(), found.end());
        inputs.insert(inputs.end(), found.begin(), found.end());
    } else if (fs::is_regular_file(argument, error)) {
        inputs.push_back(argument);
    } else {
        std::fprintf(stderr, "%s: no such file or directory\n", argument.c_str());
        return false;
    }
    return !error;
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<fs::path> inputs;
    for (int i = 1; i < argc; ++i) {
        if (!collectInputs(argv[i], inputs)) {
            return 1;
        }
    }
    for (const fs::path& input : inputs) {
        std::ifstream file(input, std::ios::binary);
        if (!file) {
            std::fprintf(stderr, "%s: cannot read\n", input.c_str());
            return 1;
        }
        const std::vector<char> bytes {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
        // Named before it runs: when a property aborts, the last name printed is the reproducer.
        std::fprintf(stderr, "Running: %s\n", input.c_str());
        // libFuzzer never passes a null pointer, even for an empty input; neither do we.
        static const uint8_t emptyInput = 0;
        const auto* data = bytes.empty() ? &emptyInput : reinterpret_cast<const uint8_t*>(bytes.data());
        LLVMFuzzerTestOneInput(data, bytes.size());
    }
    std::printf("Replayed %zu inputs\n", inputs.size());
    // An empty or misplaced corpus must fail the test, not pass it having run nothing.
    return inputs.empty() ? 1 : 0;
}
