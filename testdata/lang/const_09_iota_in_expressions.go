package main

import "fmt"

type Size uint64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
	TB
)

func (s Size) String() string {
	switch {
	case s >= TB:
		return fmt.Sprintf("%.1fTB", float64(s)/float64(TB))
	case s >= GB:
		return fmt.Sprintf("%.1fGB", float64(s)/float64(GB))
	case s >= MB:
		return fmt.Sprintf("%.1fMB", float64(s)/float64(MB))
	case s >= KB:
		return fmt.Sprintf("%.1fKB", float64(s)/float64(KB))
	}
	return fmt.Sprintf("%dB", uint64(s))
}

type Dir int

const (
	North Dir = iota
	East
	South
	West
)

var dirNames = [...]string{North: "N", East: "E", South: "S", West: "W"}

func (d Dir) String() string { return dirNames[d] }
func (d Dir) Turn() Dir      { return (d + 1) % 4 }

func main() {
	fmt.Println(KB, MB, GB, TB, Size(1536), Size(100))
	d := West
	fmt.Println(d, d.Turn(), d.Turn().Turn())
	fmt.Printf("%v %d %s\n", South, South, South)
}
