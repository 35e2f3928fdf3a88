#pragma once
// Lengths: one strong type, PDF points (1/72 in). Everything after the input edges is measured in
// Pt; font units, FreeType 26.6 values and stylesheet units (mm, in, pc, em) are converted once,
// where they enter, so no stage ever has to guess what a bare number means.

#include <cmath>
#include <compare>

namespace folio {

class Pt {
 public:
  constexpr Pt() = default;
  constexpr explicit Pt(double points) : v_(points) {}

  constexpr double value() const { return v_; }

  constexpr Pt operator-() const { return Pt(-v_); }
  constexpr Pt& operator+=(Pt o) {
    v_ += o.v_;
    return *this;
  }
  constexpr Pt& operator-=(Pt o) {
    v_ -= o.v_;
    return *this;
  }
  constexpr Pt& operator*=(double k) {
    v_ *= k;
    return *this;
  }
  constexpr Pt& operator/=(double k) {
    v_ /= k;
    return *this;
  }
  friend constexpr Pt operator+(Pt a, Pt b) { return Pt(a.v_ + b.v_); }
  friend constexpr Pt operator-(Pt a, Pt b) { return Pt(a.v_ - b.v_); }
  friend constexpr Pt operator*(Pt a, double k) { return Pt(a.v_ * k); }
  friend constexpr Pt operator*(double k, Pt a) { return Pt(a.v_ * k); }
  friend constexpr Pt operator/(Pt a, double k) { return Pt(a.v_ / k); }
  // The ratio of two lengths is a plain number (an adjustment ratio, a scale).
  friend constexpr double operator/(Pt a, Pt b) { return a.v_ / b.v_; }
  friend constexpr auto operator<=>(Pt, Pt) = default;

 private:
  double v_ = 0;
};

constexpr Pt max(Pt a, Pt b) { return a < b ? b : a; }
constexpr Pt min(Pt a, Pt b) { return a < b ? a : b; }
inline Pt abs(Pt a) { return Pt(std::fabs(a.value())); }

// Unit constructors for the edges (stylesheets, built-in styles, tests).
constexpr Pt points(double v) { return Pt(v); }
constexpr Pt inches(double v) { return Pt(v * 72.0); }
constexpr Pt millimetres(double v) { return Pt(v * 72.0 / 25.4); }
constexpr Pt picas(double v) { return Pt(v * 12.0); }

namespace literals {
constexpr Pt operator""_pt(long double v) { return Pt(static_cast<double>(v)); }
constexpr Pt operator""_pt(unsigned long long v) { return Pt(static_cast<double>(v)); }
}  // namespace literals

}  // namespace folio
