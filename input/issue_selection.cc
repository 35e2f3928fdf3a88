#include "input/issue_selection.h"

#include "base/ascii.h"

#include <algorithm>
#include <cstdio>
#include <utility>

namespace folio {
namespace {

std::string trimmed(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return std::string(s);
}

std::size_t article_count(const Issue& issue) {
  std::size_t n = 0;
  for (const Section& s : issue.sections) n += s.articles.size();
  return n;
}

// What --select would say to pick `issue`.
std::string example_selector(const Issue& issue) {
  std::string s;
  auto add = [&](const char* key, const std::string& value) {
    if (!value.empty()) s += (s.empty() ? "" : ",") + std::string(key) + "=" + value;
  };
  add("issn", issue.journal.issn.empty() ? "" : normalized_issn(issue.journal.issn));
  if (issue.journal.issn.empty()) add("journal", issue.journal.title);
  add("volume", issue.info.volume);
  add("number", issue.info.number);
  if (issue.info.number.empty()) add("year", issue.info.year);
  return s;
}

}  // namespace

bool IssueSelector::empty() const {
  return journal.empty() && issn.empty() && volume.empty() && number.empty() && year.empty();
}

bool IssueSelector::matches(const Issue& issue) const {
  const Journal& j = issue.journal;
  if (!journal.empty() && ascii_lowercase(journal) != ascii_lowercase(j.title) &&
      ascii_lowercase(journal) != ascii_lowercase(j.abbreviation))
    return false;
  if (!issn.empty()) {
    const std::string wanted = normalized_issn(issn);
    if (wanted != normalized_issn(j.issn) && wanted != normalized_issn(j.eissn)) return false;
  }
  if (!volume.empty() && volume != issue.info.volume) return false;
  if (!number.empty() && number != issue.info.number) return false;
  return year.empty() || year == issue.info.year;
}

std::optional<IssueSelector> parse_selector(std::string_view text, std::string* error) {
  IssueSelector selector;
  std::vector<std::string> seen;
  while (!text.empty()) {
    const std::size_t comma = std::min(text.find(','), text.size());
    const std::string pair = trimmed(text.substr(0, comma));
    text.remove_prefix(std::min(comma + 1, text.size()));
    const std::size_t equals = pair.find('=');
    const std::string key = trimmed(pair.substr(0, equals));
    const std::string value = equals == std::string::npos ? "" : trimmed(pair.substr(equals + 1));
    std::string* field = key == "journal"  ? &selector.journal
                         : key == "issn"   ? &selector.issn
                         : key == "volume" ? &selector.volume
                         : key == "number" ? &selector.number
                         : key == "year"   ? &selector.year
                                           : nullptr;
    if (!field) {
      *error = "--select: unknown key '" + key + "' (journal, issn, volume, number, year)";
      return std::nullopt;
    }
    if (value.empty()) {
      *error = "--select: '" + key + "' needs a value: " + key + "=...";
      return std::nullopt;
    }
    if (std::ranges::find(seen, key) != seen.end()) {
      *error = "--select: '" + key + "' is given twice";
      return std::nullopt;
    }
    seen.push_back(key);
    *field = value;
  }
  if (selector.empty()) {
    *error = "--select needs at least one of journal=, issn=, volume=, number=, year=";
    return std::nullopt;
  }
  return selector;
}

std::string normalized_issn(std::string_view issn) {
  std::string compact;
  for (char c : issn) {
    if (c == '-' || c == ' ') continue;
    compact += c == 'x' ? 'X' : c;
  }
  if (compact.size() != 8) return std::string(issn);
  return compact.substr(0, 4) + "-" + compact.substr(4);
}

std::string issue_listing(const std::vector<const Issue*>& issues) {
  std::string out;
  for (const Issue* issue_in_file : issues) {
    const Issue& issue = *issue_in_file;
    const Journal& j = issue.journal;
    const std::size_t n = article_count(issue);
    std::string line = "  " + (j.title.empty() ? std::string("(journal not named)") : j.title);
    if (!j.issn.empty()) line += ", issn=" + normalized_issn(j.issn);
    if (!j.eissn.empty()) line += (j.issn.empty() ? ", issn=" : " or ") + normalized_issn(j.eissn);
    if (!issue.info.volume.empty()) line += ", volume=" + issue.info.volume;
    if (!issue.info.number.empty()) line += ", number=" + issue.info.number;
    if (!issue.info.year.empty()) line += ", year=" + issue.info.year;
    line += ": " + std::to_string(n) + (n == 1 ? " article" : " articles");
    out += "\n" + line;
  }
  return out;
}

std::optional<Issue> select_issue(std::vector<FoundIssue> issues, const IssueSelector& selector,
                                  const std::string& file, Diagnostics& diags, bool* unselected) {
  if (issues.empty()) {
    diags.error({file, 0, 0}, file + " holds no journal issue");
    return std::nullopt;
  }
  std::vector<const Issue*> all, chosen;
  for (const FoundIssue& found : issues) {
    all.push_back(&found.issue);
    if (selector.matches(found.issue)) chosen.push_back(&found.issue);
  }
  if (chosen.size() == 1) {
    for (FoundIssue& found : issues) {
      if (&found.issue != chosen.front()) continue;
      for (Diagnostic& d : found.problems) diags.add(std::move(d));
      return std::move(found.issue);
    }
  }
  if (unselected) *unselected = true;
  const std::size_t n = issues.size();
  std::string message;
  if (selector.empty()) {
    message = file + " holds " + std::to_string(n) +
              " issues; choose one with --select (any of journal=, issn=, volume=, number=, "
              "year=), for example --select \"" +
              example_selector(*chosen.front()) + "\":" + issue_listing(chosen);
  } else if (chosen.empty()) {
    message = "--select matches none of the " + std::to_string(n) +
              (n == 1 ? " issue" : " issues") + " in " + file + ":" + issue_listing(all);
  } else {
    message = "--select matches " + std::to_string(chosen.size()) + " issues in " + file +
              "; add to it to pick one:" + issue_listing(chosen);
  }
  diags.error({file, 0, 0}, message);
  return std::nullopt;
}

}  // namespace folio
