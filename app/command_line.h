#pragma once
// The folio command line, parsed into what each command needs. Kept apart from main() so that
// the tests can parse without running anything.

#include "app/batch_options.h"
#include "app/build_command.h"
#include "app/issue_input.h"
#include "app/proof_command.h"

#include <cstdint>
#include <string>
#include <vector>

namespace folio {

struct CommandLine {
  std::string command;                // build, check, pages, proof, watch, batch, styles, fonts,
                                      // help, version
  std::string help_topic;             // help: the command asked about; empty: all of folio
  BuildOptions build;                 // build; its `input` also serves check and pages
  bool strict = false;                // check: warnings count as errors
  std::string format = "text";        // pages: text, json, csv
  int thumbnail_dpi = kDefaultThumbnailDpi;  // proof, watch --proof: the thumbnails' resolution
  std::string proof_dir;              // watch --proof DIR: the proof sheet, made after each build
  std::uint64_t max_input_bytes = 0;  // --max-input-size; 0: limits::kDefaultMaxInputBytes
  std::string fonts_family;           // fonts: the family to list the faces of; empty: all
  BatchOptions batch;                 // batch
  std::string error;                  // a usage error, when not empty
};

// `--opt=value` is read as `--opt value`.
CommandLine parse_command_line(const std::vector<std::string>& args);

// " (did you mean '--style'?)" when `word` is a likely typing mistake for one of `names`, else
// empty.
std::string did_you_mean(const std::string& word, const std::vector<std::string>& names);

}  // namespace folio
