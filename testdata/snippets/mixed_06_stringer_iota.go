type State int

const (
	Idle State = iota
	Running
	Stopped
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case Running:
		return "Running"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

for s := Idle; s <= Stopped+1; s++ {
	fmt.Printf("%v %d %s\n", s, s, s)
}
var err error = fmt.Errorf("bad state %v", Running)
fmt.Println(err)
