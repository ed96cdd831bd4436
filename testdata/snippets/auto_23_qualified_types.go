// package names in every type position: embedded fields, composite literals,
// conversions, assertions, type switches, map and slice element types
type SafeCounter struct {
	sync.Mutex
	counts map[string]int
}

type named struct{ n string }

func (v named) String() string { return "named(" + v.n + ")" }

c := SafeCounter{counts: map[string]int{}}
c.Lock()
c.counts["a"]++
c.Unlock()
fmt.Println(c.counts)

wg := sync.WaitGroup{}
wg.Add(1)
go func() { defer wg.Done() }()
wg.Wait()

bufs := map[string]*bytes.Buffer{"x": new(bytes.Buffer)}
bufs["x"].WriteString("buffered")
fmt.Println(bufs["x"].String())

var anything interface{} = named{"z"}
if s, ok := anything.(fmt.Stringer); ok {
	fmt.Println("stringer:", s)
}
switch anything.(type) {
case error:
	fmt.Println("error")
case fmt.Stringer:
	fmt.Println("a fmt.Stringer")
}
fmt.Println(time.Duration(90) * time.Second, []context.CancelFunc{} == nil)
