#include "compose/labels.h"

#include <array>
#include <string_view>

namespace folio {
namespace {

// One language's words.
struct LanguageLabels {
  std::string_view language;
  std::string_view contents, contributors, abstracts, board, by, and_, volume, number, is_at;
  std::array<std::string_view, 12> months;
};

constexpr LanguageLabels kLanguages[] = {
    {"en",
     "Contents",
     "Contributors",
     "Abstracts",
     "Editorial Board",
     "by",
     "and",
     "Volume",
     "Number",
     "is at",
     {"January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December"}},
    {"de",
     "Inhalt",
     "Autorinnen und Autoren",
     "Zusammenfassungen",
     "Redaktionsbeirat",
     "von",
     "und",
     "Jahrgang",
     "Heft",
     "ist tätig bei",
     {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
      "November", "Dezember"}},
    {"fr",
     "Sommaire",
     "Les auteurs",
     "Résumés",
     "Comité de rédaction",
     "par",
     "et",
     "Volume",
     "numéro",
     "travaille à",
     {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
      "octobre", "novembre", "décembre"}},
    {"es",
     "Sumario",
     "Colaboradores",
     "Resúmenes",
     "Consejo editorial",
     "por",
     "y",
     "Volumen",
     "número",
     "trabaja en",
     {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
      "octubre", "noviembre", "diciembre"}},
    {"pt",
     "Sumário",
     "Colaboradores",
     "Resumos",
     "Conselho editorial",
     "por",
     "e",
     "Volume",
     "número",
     "trabalha em",
     {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
      "outubro", "novembro", "dezembro"}},
    {"it",
     "Sommario",
     "Autori",
     "Riassunti",
     "Comitato editoriale",
     "di",
     "e",
     "Volume",
     "numero",
     "lavora presso",
     {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
      "ottobre", "novembre", "dicembre"}},
    {"nl",
     "Inhoud",
     "Auteurs",
     "Samenvattingen",
     "Redactieraad",
     "door",
     "en",
     "Jaargang",
     "nummer",
     "werkt bij",
     {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
      "oktober", "november", "december"}},
};

std::string primary_subtag(const std::string& lang) {
  std::string out = lang.substr(0, lang.find_first_of("-_"));
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

const LanguageLabels* table_for(const std::string& language) {
  for (const LanguageLabels& l : kLanguages) {
    if (l.language == language) return &l;
  }
  return nullptr;
}

}  // namespace

Labels::Labels(const Issue& issue) : issue_(issue), language_(primary_subtag(issue.lang)) {
  known_ = table_for(language_) != nullptr;
}

std::string Labels::operator()(const std::string& key) const {
  if (std::string own = issue_.label(key); !own.empty()) return own;
  const LanguageLabels* l = table_for(language_);
  if (!l) l = &kLanguages[0];
  if (key == "contents") return std::string(l->contents);
  if (key == "contributors") return std::string(l->contributors);
  if (key == "abstracts") return std::string(l->abstracts);
  if (key == "board") return std::string(l->board);
  if (key == "by") return std::string(l->by);
  if (key == "and") return std::string(l->and_);
  if (key == "volume") return std::string(l->volume);
  if (key == "number") return std::string(l->number);
  if (key == "is-at") return std::string(l->is_at);
  return {};
}

bool Labels::serial_comma() const { return !known_ || language_ == "en"; }

std::string Labels::month(int month) const {
  if (month < 1 || month > 12) return {};
  const LanguageLabels* l = table_for(language_);
  if (!l) l = &kLanguages[0];
  return std::string(l->months[static_cast<std::size_t>(month - 1)]);
}

}  // namespace folio
