#include "app/proof_table.h"

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

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
          out += escaped;
        } else {
          out += c;  // UTF-8 passes through: JSON text is Unicode
        }
    }
  }
  return out + "\"";
}

std::string json_number(const std::optional<int>& n) { return n ? std::to_string(*n) : "null"; }

// "file:line:col", as far as it is known.
std::string where(const SourcePos& pos) {
  std::string out = pos.file;
  if (pos.line > 0) out += ":" + std::to_string(pos.line);
  if (pos.line > 0 && pos.column > 0) out += ":" + std::to_string(pos.column);
  return out;
}

std::string json_problems(const std::vector<Diagnostic>& problems) {
  std::string out = "[";
  for (const Diagnostic& d : problems) {
    out += std::string(out.size() > 1 ? ", " : "") + "{\"severity\": \"" +
           severity_name(d.severity) + "\", \"message\": " + json_string(d.message) +
           ", \"where\": " + json_string(where(d.pos)) + "}";
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
  ProofTable table{
      issue.journal.title, issue.info.volume,    issue.info.number, issue.info.year, {}, {},
      diags.error_count(), diags.warning_count()};
  std::vector<const Diagnostic*> placed;
  const PersonIndex people(issue);
  for (const ArticlePages& pages : checked.report.articles) {
    const Section& section = issue.sections[pages.section];
    const Article& a = section.articles[pages.article];
    ProofRow row{section.title.plain(), a.title.plain(), {},
                 a.first_page,          a.last_page,     a.page_count,
                 a.item_number,         pages.problems};
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

void write_text(const ProofTable& table, std::ostream& out) {
  out << (table.journal.empty() ? "(journal not named)" : table.journal) << ", volume "
      << table.volume << ", number " << table.number;
  if (!table.year.empty()) out << ", " << table.year;
  out << "\n";
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
  }
  if (!table.problems.empty()) out << "\n";
  for (const Diagnostic& d : table.problems) out << d.format() << "\n";
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
        << ", \"problems\": " << json_problems(row.problems) << "}";
  }
  out << (table.rows.empty() ? "" : "\n  ")
      << "],\n  \"problems\": " << json_problems(table.problems)
      << ",\n  \"summary\": {\"errors\": " << table.errors << ", \"warnings\": " << table.warnings
      << "}\n}\n";
}

void write_csv(const ProofTable& table, std::ostream& out) {
  out << "section,title,authors,first_page,last_page,page_count,problems\r\n";
  for (const ProofRow& row : table.rows) {
    std::vector<std::string> problems;
    for (const Diagnostic& d : row.problems)
      problems.push_back(std::string(severity_name(d.severity)) + ": " + d.message);
    out << csv_field(row.section) << ',' << csv_field(row.title) << ','
        << csv_field(join(row.authors, "; ")) << ',' << number(row.first_page) << ','
        << number(row.last_page) << ',' << number(row.page_count) << ','
        << csv_field(join(problems, "; ")) << "\r\n";
  }
}

}  // namespace folio
