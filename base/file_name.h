#pragma once
// The name of a source file, interned. Every position in a document names its file: a
// 10,000-article issue holds millions of positions (each styled run has two), and as a string
// each was a copy of the path, 30 to 70 bytes apiece. A FileName is a pointer to the one copy
// kept for the life of the process; the names a process meets are few.

#include <string>
#include <string_view>

namespace folio {

class FileName {
 public:
  FileName() = default;
  // Implicit: a path is a file name wherever a position is made.
  FileName(std::string_view name);  // NOLINT(google-explicit-constructor)
  FileName(const std::string& name) : FileName(std::string_view(name)) {}  // NOLINT
  FileName(const char* name) : FileName(std::string_view(name)) {}         // NOLINT

  const std::string& str() const;
  operator const std::string&() const { return str(); }  // NOLINT
  bool empty() const { return name_ == nullptr; }

  // Interned: one name, one pointer.
  friend bool operator==(FileName a, FileName b) { return a.name_ == b.name_; }
  friend bool operator==(FileName a, const std::string& b) { return a.str() == b; }
  friend bool operator==(FileName a, const char* b) { return a.str() == b; }

 private:
  const std::string* name_ = nullptr;  // null for no file
};

inline std::string operator+(const std::string& a, FileName b) { return a + b.str(); }
inline std::string operator+(FileName a, const std::string& b) { return a.str() + b; }
inline std::string operator+(FileName a, const char* b) { return a.str() + b; }
inline std::string operator+(const char* a, FileName b) { return a + b.str(); }

}  // namespace folio
