// Package time: durations, sleeping, the clock.  Timers and tickers come
// with the runtime's timer heap (issue 6).
//
// The files: time.go (this one, minigo's) holds Duration, ParseDuration,
// Sleep and the timers; go_time.go, go_format.go and go_zoneinfo*.go are Go
// 1.19's Time, Format/Parse and Location, ported with few changes (each
// says which at its top) so that results agree with Go's to the byte;
// sys_minigo.go and time.c replace Go's syscall and runtime hooks.  Time is
// Go's {wall, ext, loc}: the monotonic reading (nanotime, relative to
// startNano, the package's start) rides in ext when the wall seconds fit
// in 33 bits, as in Go; the timers send Now() values.
package time

import "errors"

// A Duration is an elapsed time in nanoseconds.
type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// Implemented in C (time.c).
func sleep(ns int64)
func nanotime() int64
func walltime() int64

// Sleep pauses the current goroutine for at least d.
func Sleep(d Duration) {
	if d <= 0 {
		return
	}
	sleep(int64(d))
}

func (d Duration) Nanoseconds() int64  { return int64(d) }
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }
func (d Duration) Seconds() float64    { return float64(d/Second) + float64(d%Second)/1e9 }
func (d Duration) Minutes() float64    { return float64(d/Minute) + float64(d%Minute)/(60*1e9) }
func (d Duration) Hours() float64      { return float64(d/Hour) + float64(d%Hour)/(60*60*1e9) }

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Truncate rounds d toward zero to a multiple of m (d itself if m <= 0).
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// halfBelow reports whether r < m/2, computed without overflow.
func halfBelow(r, m Duration) bool { return uint64(r)+uint64(r) < uint64(m) }

// Round rounds d to the nearest multiple of m, halfway values away from
// zero; a result that would overflow saturates at the extreme Duration.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if halfBelow(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if halfBelow(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns |d|; the most negative Duration becomes the largest.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	}
	return -d
}

var unitMap = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond), // U+00B5 micro sign
	"μs": uint64(Microsecond), // U+03BC Greek small letter mu
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

// leadingDigits consumes the leading decimal digits of s.  For the
// integer part (frac false) an overflow past 1<<63 is an error; for the
// fraction the digits that no longer fit only scale.
func leadingDigits(s string, frac bool) (v uint64, scale float64, rest string, ok bool) {
	scale = 1
	overflow := false
	i := 0
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if overflow {
			continue
		}
		if v > (1<<63-1)/10 {
			if !frac {
				return 0, 0, "", false
			}
			overflow = true
			continue
		}
		y := v*10 + uint64(s[i]-'0')
		if y > 1<<63 {
			if !frac {
				return 0, 0, "", false
			}
			overflow = true
			continue
		}
		v = y
		scale *= 10
	}
	return v, scale, s[i:], true
}

// ParseDuration parses "300ms", "-1.5h" or "2h45m": signed decimal numbers,
// each with an optional fraction and a unit (ns, us, µs, ms, s, m, h).
func ParseDuration(s string) (Duration, error) {
	orig := s
	invalid := errors.New("time: invalid duration " + quote(orig))
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, invalid
	}
	var d uint64
	for s != "" {
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, invalid
		}
		n := len(s)
		v, _, rest, ok := leadingDigits(s, false)
		if !ok {
			return 0, invalid
		}
		s = rest
		hasInt := n != len(s)
		var f uint64
		scale := 1.0
		hasFrac := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			n = len(s)
			f, scale, s, _ = leadingDigits(s, true)
			hasFrac = n != len(s)
		}
		if !hasInt && !hasFrac {
			return 0, invalid
		}
		i := 0
		for i < len(s) && s[i] != '.' && !('0' <= s[i] && s[i] <= '9') {
			i++
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:i]
		s = s[i:]
		unit, found := unitMap[u]
		if !found {
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		if v > 1<<63/unit {
			return 0, invalid
		}
		v *= unit
		if f > 0 {
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, invalid
			}
		}
		d += v
		if d > 1<<63 {
			return 0, invalid
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, invalid
	}
	return Duration(d), nil
}

// String returns a string such as "72h3m0.5s", as Go's does.
func (d Duration) String() string {
	var buf [32]byte
	w := len(buf)
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	if u < uint64(Second) {
		var prec int
		w--
		buf[w] = 's'
		w--
		switch {
		case u == 0:
			return "0s"
		case u < uint64(Microsecond):
			prec = 0
			buf[w] = 'n'
		case u < uint64(Millisecond):
			prec = 3
			w--
			copy(buf[w:], "µ")
		default:
			prec = 6
			buf[w] = 'm'
		}
		w, u = fmtFrac(buf[:w], u, prec)
		w = fmtInt(buf[:w], u)
	} else {
		w--
		buf[w] = 's'
		w, u = fmtFrac(buf[:w], u, 9)
		w = fmtInt(buf[:w], u%60)
		u /= 60
		if u > 0 {
			w--
			buf[w] = 'm'
			w = fmtInt(buf[:w], u%60)
			u /= 60
			if u > 0 {
				w--
				buf[w] = 'h'
				w = fmtInt(buf[:w], u)
			}
		}
	}
	if neg {
		w--
		buf[w] = '-'
	}
	return string(buf[w:])
}

func fmtFrac(buf []byte, v uint64, prec int) (nw int, nv uint64) {
	w := len(buf)
	print := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		print = print || digit != 0
		if print {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if print {
		w--
		buf[w] = '.'
	}
	return w, v
}

func fmtInt(buf []byte, v uint64) int {
	w := len(buf)
	if v == 0 {
		w--
		buf[w] = '0'
	} else {
		for v > 0 {
			w--
			buf[w] = byte(v%10) + '0'
			v /= 10
		}
	}
	return w
}

// Timers: the runtime's timer heap (no thread, no goroutine per timer);
// when one fires its function runs in a new goroutine.
type rtimer struct{ opaque int }

// Implemented in C (time.c).
func timerNew(f func()) *rtimer
func timerReset(t *rtimer, when int64, period int64) bool
func timerStop(t *rtimer) bool

func when(d Duration) int64 {
	if d <= 0 {
		return nanotime()
	}
	t := nanotime() + int64(d)
	if t < 0 {
		t = 1<<63 - 1 // overflow: never
	}
	return t
}

func sendTime(c chan Time) {
	select {
	case c <- Now():
	default:
	}
}

// The Timer type represents a single event: the current time is sent on C
// when the Timer expires, unless it is created by AfterFunc.
type Timer struct {
	C <-chan Time
	r *rtimer
}

// NewTimer creates a Timer that sends the current time on its channel after d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c}
	t.r = timerNew(func() { sendTime(c) })
	timerReset(t.r, when(d), 0)
	return t
}

// Stop prevents the Timer from firing; it reports whether it was pending.
func (t *Timer) Stop() bool {
	if t.r == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return timerStop(t.r)
}

// Reset changes the timer to expire after d; it reports whether it was pending.
func (t *Timer) Reset(d Duration) bool {
	if t.r == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return timerReset(t.r, when(d), 0)
}

// After waits for the duration to elapse and then sends the current time
// on the returned channel.
func After(d Duration) <-chan Time { return NewTimer(d).C }

// AfterFunc waits for the duration to elapse and then calls f in its own goroutine.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{}
	t.r = timerNew(f)
	timerReset(t.r, when(d), 0)
	return t
}

// A Ticker holds a channel that delivers ticks of a clock at intervals.
type Ticker struct {
	C <-chan Time
	r *rtimer
}

// NewTicker returns a new Ticker sending the time on its channel every d.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c}
	t.r = timerNew(func() { sendTime(c) })
	timerReset(t.r, when(d), int64(d))
	return t
}

// Stop turns off a ticker.
func (t *Ticker) Stop() {
	if t.r != nil {
		timerStop(t.r)
	}
}

// Reset stops a ticker and resets its period to d.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	timerReset(t.r, when(d), int64(d))
}

// Tick is a convenience wrapper for NewTicker providing access to the
// ticking channel only.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
