#pragma once
// The command line of `folio batch`: which issues (directories to search, manifests to read),
// how many workers, which shard, and the settings every issue's build shares.

#include "app/build_command.h"

#include <optional>
#include <string>
#include <vector>

namespace folio {

// The K-th of N shards (1 <= K <= N) of the issues a batch would build: issue i (0-based, in
// manifest order) belongs to shard i mod N + 1, so issues appended to a manifest never move
// the ones before them into another shard.
struct Shard {
  int index = 1;  // K
  int count = 1;  // N
};

struct BatchOptions {
  // Manifests (files) and directories to search for issues, in the order given.
  std::vector<std::string> sources;
  int jobs = 0;                // -j N; 0: one worker per core
  std::string summary_path;    // --summary FILE.json; empty: none
  std::string output_dir;      // --output-dir DIR; empty: each PDF beside its issue
  bool list = false;           // --list: print the issues, build nothing
  std::optional<Shard> shard;  // --shard K/N
  bool shard_auto = false;     // --shard auto: K and N from the environment (app/shard.h)
  bool help = false;           // --help
  // What every issue's build takes from the batch's command line: --quiet, --verbose, --draft,
  // --timings, --diagnostic-format; a manifest line adds its own options.
  BuildOptions defaults;
};

// Sets `*error` to the first usage error, if any. "--opt=value" has been split already.
void parse_batch_arguments(const std::vector<std::string>& args, BatchOptions& out,
                           std::string* error);

// "2/3" -> {2, 3}; empty for anything else.
std::optional<Shard> parse_shard(const std::string& text);

}  // namespace folio
