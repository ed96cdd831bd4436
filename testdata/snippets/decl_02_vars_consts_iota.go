const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

var (
	names   = []string{"Sunday", "Monday", "Tuesday"}
	lookup  = map[Weekday]string{}
	counter int
)

func (d Weekday) String() string { return names[d] }
