#include "input/issue_meta.h"

#include "input/person_names.h"

#include <algorithm>
#include <set>
#include <utility>

namespace folio {
namespace {

void rename_person(Issue& issue, const std::string& from, const std::string& to) {
  for (Person& p : issue.people) {
    if (p.id == from) p.id = to;
  }
  for (Section& s : issue.sections) {
    for (Article& a : s.articles) std::ranges::replace(a.author_ids, from, to);
  }
}

// An id of the form "base-N" that neither the issue nor the meta file uses.
std::string fresh_id(const std::string& base, const std::set<std::string>& taken) {
  for (int n = 2;; ++n) {
    std::string id = base + "-" + std::to_string(n);
    if (!taken.contains(id)) return id;
  }
}

void merge_people(const IssueMetaFile& meta, Issue& issue) {
  std::set<std::string> taken;
  for (const Person& p : issue.people) taken.insert(p.id);
  for (const Person& p : meta.people) taken.insert(p.id);
  // An author whose derived id a different meta person holds moves aside first.
  for (const Person& m : meta.people) {
    for (Person& p : issue.people) {
      if (p.id == m.id && !same_person_name(p.name, m.name)) {
        std::string id = fresh_id(p.id, taken);
        taken.insert(id);
        rename_person(issue, p.id, id);
      }
    }
  }
  for (const Person& m : meta.people) {
    auto author = std::ranges::find_if(
        issue.people, [&](const Person& p) { return same_person_name(p.name, m.name); });
    if (author == issue.people.end()) {
      issue.people.push_back(m);
      continue;
    }
    const std::string old_id = author->id;
    if (!m.affiliation.empty()) author->affiliation = m.affiliation;
    if (!m.bio.empty()) author->bio = m.bio;
    if (!m.name.sort_key.empty()) author->name.sort_key = m.name.sort_key;
    rename_person(issue, old_id, m.id);
  }
}

// Fills `field` from the meta file when the articles left it empty; reports a disagreement.
void merge_field(std::string& field, const std::string& meta_value, const char* what,
                 const SourcePos& pos, Diagnostics& diags) {
  if (meta_value.empty()) return;
  if (field.empty()) {
    field = meta_value;
  } else if (field != meta_value) {
    diags.error(pos, std::string("the issue-meta file gives the ") + what + " as '" + meta_value +
                         "', the articles as '" + field + "'");
  }
}

// A person of the meta file who is no author (a misspelt name, most likely) and on neither the
// board nor the editors is printed nowhere.
void warn_unused_people(const IssueMetaFile& meta, const Issue& issue, Diagnostics& diags) {
  std::set<std::string> used;
  for (const BoardMember& m : issue.board.members) used.insert(m.person_id);
  for (const EditorRole& r : issue.editors) used.insert(r.person_ids.begin(), r.person_ids.end());
  for (const Section& s : issue.sections) {
    for (const Article& a : s.articles) used.insert(a.author_ids.begin(), a.author_ids.end());
  }
  for (const Person& p : meta.people) {
    if (!used.contains(p.id)) {
      diags.warning(p.pos, "person '" + p.id + "' (" + p.name.display() +
                               ") is no author of the articles, nor on the board or an editor");
    }
  }
}

}  // namespace

void apply_issue_meta(const IssueMetaFile& meta, Issue& issue, Diagnostics& diags) {
  if (!meta.lang.empty()) issue.lang = meta.lang;
  if (!meta.stylesheet.empty()) {
    issue.stylesheet = meta.stylesheet;
    issue.stylesheet_pos = meta.stylesheet_pos;
  }
  if (meta.journal) {
    const Journal& j = *meta.journal;
    merge_field(issue.journal.title, j.title, "journal title", meta.journal_pos, diags);
    merge_field(issue.journal.issn, j.issn, "ISSN", meta.journal_pos, diags);
    if (!j.publisher.empty()) issue.journal.publisher = j.publisher;
    if (!j.abbreviation.empty()) issue.journal.abbreviation = j.abbreviation;
    if (!j.sponsor.empty()) issue.journal.sponsor = j.sponsor;
    if (!j.imprint.empty()) issue.journal.imprint = j.imprint;
  }
  if (meta.info) {
    const IssueInfo& m = *meta.info;
    IssueInfo& info = issue.info;
    merge_field(info.volume, m.volume, "volume", meta.info_pos, diags);
    merge_field(info.number, m.number, "issue number", meta.info_pos, diags);
    merge_field(info.year, m.year, "year", meta.info_pos, diags);
    // A season ("Summer") says more than the month a deposit gives.
    if (!m.season.empty()) info.season = m.season;
    if (m.first_page) info.first_page = m.first_page;
    if (m.last_page) info.last_page = m.last_page;
    if (!m.designation.empty()) info.designation = m.designation;
  }
  for (const auto& [key, text] : meta.labels) issue.labels[key] = text;
  issue.hyphenation.insert(issue.hyphenation.end(), meta.hyphenation.begin(),
                           meta.hyphenation.end());
  merge_people(meta, issue);
  issue.board = meta.board;
  issue.editors = meta.editors;
  issue.notices = meta.notices;
  warn_unused_people(meta, issue, diags);
}

}  // namespace folio
