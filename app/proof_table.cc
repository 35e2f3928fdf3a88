#include "app/proof_table.h"

#include "app/json_string.h"
#include "input/person_index.h"

#include <cstdio>
#include <ostream>

namespace folio {
namespace {

bool same(const Diagnostic& a, const Diagnostic& b) {
  return a.severity == b.severity && a.message == b.message && a.pos.file == b.pos.file &&
         a.pos.line == b.pos.line && a.pos.column == b.pos.column;
}

const char* severity_name(Severity s) { return s == Severity::error ? "error" : "warning"; }

std::string join(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : separator) + p;
  return out;
}

std::string number(const std::optional<int>& n) { return n ? std::to_string(*n) : ""; }

// `s` and spaces to `width` characters (UTF-8 continuation bytes take no room), a space at least.
std::string padded(const std::string& s, std::size_t width) {
  std::size_t chars = 0;
  for (char c : s) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return s + std::string(chars < width ? width - chars : 1, ' ');
}

std::string json_number(const std::optional<int>& n) { return n ? std::to_string(*n) : "null"; }

// "file:line:col", as far as it is known.
std::string json_problems(const std::vector<Diagnostic>& problems) {
  std::string out = "[";
  for (const Diagnostic& d : problems) {
    out += std::string(out.size() > 1 ? ", " : "") + "{\"severity\": \"" +
           severity_name(d.severity) + "\", \"message\": " + json_string(d.message) +
           ", \"where\": " + json_string(where_text(d.pos)) + "}";
  }
  return out + "]";
}

// RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.
std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

ProofTable proof_table(const CheckedIssue& checked, const Diagnostics& diags) {
  const Issue& issue = checked.issue;
  ProofTable table{issue.journal.title,
                   issue.info.volume,
                   issue.info.number,
                   issue.info.year,
                   {},
                   {},
                   diags.error_count(),
                   diags.warning_count(),
                   false,
                   {}};
  std::vector<const Diagnostic*> placed;
  const PersonIndex people(issue);
  for (const ArticlePages& pages : checked.report.articles) {
    const Section& section = issue.sections[pages.section];
    const Article& a = section.articles[pages.article];
    ProofRow row{
        section.title.plain(), a.title.plain(), {}, a.first_page, a.last_page, a.page_count,
        a.item_number,         pages.problems,  {}, {},           {}};
    if (a.first_page && a.last_page && *a.last_page >= *a.first_page)
      row.page_count = *a.last_page - *a.first_page + 1;
    for (const std::string& id : a.author_ids) {
      if (const Person* p = people.find(id)) row.authors.push_back(p->name.display());
    }
    if (!a.subtitle.empty()) row.title += ": " + a.subtitle.plain();
    table.rows.push_back(std::move(row));
  }
  for (const Diagnostic& d : diags.all()) {
    bool on_a_row = false;
    for (const ArticlePages& pages : checked.report.articles) {
      for (const Diagnostic& p : pages.problems) on_a_row = on_a_row || same(d, p);
    }
    if (!on_a_row) table.problems.push_back(d);
  }
  return table;
}

void add_placement(ProofTable& table, const CheckedIssue& checked, const Placement& placement) {
  table.laid_out = true;
  table.parts = placement.parts;
  for (std::size_t i = 0; i < table.rows.size() && i < placement.entries.size(); ++i) {
    const ArticlePages& pages = checked.report.articles[i];
    const Article& a = checked.issue.sections[pages.section].articles[pages.article];
    const std::optional<std::string> expected = expected_number(a);
    ProofRow& row = table.rows[i];
    if (const std::optional<PrintedEntry>& printed = placement.entries[i]) {
      row.printed = printed->text;
      row.printed_on = printed->label;
    }
    if (expected || row.printed) row.printed_matches_source = expected == row.printed;
  }
}

void write_text(const ProofTable& table, std::ostream& out) {
  out << (table.journal.empty() ? "(journal not named)" : table.journal) << ", volume "
      << table.volume << ", number " << table.number;
  if (!table.year.empty()) out << ", " << table.year;
  out << "\n";
  if (!table.parts.empty()) out << "\nFront matter, as laid out\n";
  for (const PartPlacement& part : table.parts) {
    const std::string labels = part.first_label == part.last_label
                                   ? part.first_label
                                   : part.first_label + "–" + part.last_label;
    const std::string pdf =
        part.first == part.last
            ? "PDF page " + std::to_string(part.first + 1)
            : "PDF pages " + std::to_string(part.first + 1) + "–" + std::to_string(part.last + 1);
    out << "  " << padded(part.kind, 14) << padded(labels, 12) << pdf << "\n";
  }
  std::string section;
  bool first_row = true;
  for (const ProofRow& row : table.rows) {
    if (first_row || row.section != section) {
      out << "\n" << (row.section.empty() ? "(no section)" : row.section) << "\n";
      section = row.section;
      first_row = false;
    }
    // Pages first, right-aligned, so that a proofreader runs down one column of numbers.
    char pages[32];
    const std::string first = row.first_page ? number(row.first_page) : row.item_number;
    std::snprintf(pages, sizeof pages, "%6s–%-6s%4s  ", first.c_str(),
                  number(row.last_page).c_str(), number(row.page_count).c_str());
    const std::string indent(18, ' ');
    out << pages << row.title << "\n";
    if (!row.authors.empty()) out << indent << join(row.authors, ", ") << "\n";
    for (const Diagnostic& d : row.problems)
      out << indent << severity_name(d.severity) << ": " << d.message << "\n";
    if (row.printed_matches_source == false) {
      out << indent << "printed in the contents: "
          << (row.printed ? *row.printed + " (page " + row.printed_on + ")" : "nothing") << "\n";
    }
  }
  if (!table.problems.empty()) out << "\n";
  for (const Diagnostic& d : table.problems) out << d.format() << "\n";
  if (table.laid_out) {
    int numbered = 0, matching = 0;
    for (const ProofRow& row : table.rows) {
      numbered += row.printed_matches_source.has_value();
      matching += row.printed_matches_source == true;
    }
    out << "\n"
        << matching << " of " << numbered
        << " contents entries print their article's first page as the source gives it\n";
  }
  out << "\n"
      << table.errors << (table.errors == 1 ? " error, " : " errors, ") << table.warnings
      << (table.warnings == 1 ? " warning" : " warnings") << "\n";
}

void write_json(const ProofTable& table, std::ostream& out) {
  out << "{\n  \"issue\": {\"journal\": " << json_string(table.journal)
      << ", \"volume\": " << json_string(table.volume)
      << ", \"number\": " << json_string(table.number) << ", \"year\": " << json_string(table.year)
      << "},\n  \"articles\": [";
  for (std::size_t i = 0; i < table.rows.size(); ++i) {
    const ProofRow& row = table.rows[i];
    std::string authors = "[";
    for (const std::string& a : row.authors)
      authors += std::string(authors.size() > 1 ? ", " : "") + json_string(a);
    authors += "]";
    out << (i ? ",\n" : "\n") << "    {\"section\": " << json_string(row.section)
        << ", \"title\": " << json_string(row.title) << ", \"authors\": " << authors
        << ", \"first_page\": " << json_number(row.first_page)
        << ", \"last_page\": " << json_number(row.last_page)
        << ", \"page_count\": " << json_number(row.page_count)
        << ", \"item_number\": " << json_string(row.item_number)
        << ", \"problems\": " << json_problems(row.problems)
        << ", \"printed_page\": " << (row.printed ? json_string(*row.printed) : "null")
        << ", \"printed_on\": " << json_string(row.printed_on) << ", \"printed_matches_source\": "
        << (row.printed_matches_source ? (*row.printed_matches_source ? "true" : "false") : "null")
        << "}";
  }
  out << (table.rows.empty() ? "" : "\n  ") << "],\n  \"parts\": [";
  for (std::size_t i = 0; i < table.parts.size(); ++i) {
    const PartPlacement& p = table.parts[i];
    out << (i ? ",\n" : "\n") << "    {\"kind\": " << json_string(p.kind)
        << ", \"first_label\": " << json_string(p.first_label)
        << ", \"last_label\": " << json_string(p.last_label)
        << ", \"first_pdf_page\": " << p.first + 1 << ", \"last_pdf_page\": " << p.last + 1 << "}";
  }
  out << (table.parts.empty() ? "" : "\n  ")
      << "],\n  \"problems\": " << json_problems(table.problems)
      << ",\n  \"summary\": {\"errors\": " << table.errors << ", \"warnings\": " << table.warnings
      << "}\n}\n";
}

void write_csv(const ProofTable& table, std::ostream& out) {
  out << "section,title,authors,first_page,last_page,page_count,problems,printed_page,"
         "printed_matches_source\r\n";
  for (const ProofRow& row : table.rows) {
    std::vector<std::string> problems;
    for (const Diagnostic& d : row.problems)
      problems.push_back(std::string(severity_name(d.severity)) + ": " + d.message);
    out << csv_field(row.section) << ',' << csv_field(row.title) << ','
        << csv_field(join(row.authors, "; ")) << ',' << number(row.first_page) << ','
        << number(row.last_page) << ',' << number(row.page_count) << ','
        << csv_field(join(problems, "; ")) << ',' << csv_field(row.printed.value_or("")) << ','
        << (row.printed_matches_source ? (*row.printed_matches_source ? "true" : "false") : "")
        << "\r\n";
  }
}

}  // namespace folio
