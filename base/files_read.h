#pragma once
// The files a run has used that no reader of the issue names: the font files its faces come
// from and the hyphenation dictionaries it loaded. FontLibrary and the Hyphenator cache what
// they load (and a batch worker keeps its faces from issue to issue), so a file is noted each
// time it is used, not each time it is read. `folio build --deps` lists them beside the inputs
// (app/input_files.h), so that make rebuilds an issue when one of its fonts changes.

#include <string>
#include <vector>

namespace folio {

void note_file_used(const std::string& path);

// Every file noted since the last reset, sorted, each once.
std::vector<std::string> files_used();

// Starts a new list: each issue of a batch lists only what it used.
void reset_files_used();

}  // namespace folio
