// Prints, under Go 1.19, the first line of the panic report for each kind
// of run-time error and panic value (tests/test_rt_iface.c checks the same
// texts).  Run once by hand: go build -o /tmp/pm tests/gen/panicmsg.go && /tmp/pm
package main

import (
	"fmt"
	"os"
	"os/exec"
)

type MyInt int
type S string
type F float64
type T struct{ a int }
type St struct{}

func (St) String() string { return "stringer!" }

type E struct{}

func (*E) Error() string { return "err!" }

func main() {
	if len(os.Args) > 1 {
		switch os.Args[1] {
		case "1":
			panic(MyInt(3))
		case "2":
			panic(S("x"))
		case "3":
			panic(1.5)
		case "4":
			panic(T{1})
		case "5":
			panic(St{})
		case "6":
			panic(&E{})
		case "7":
			panic(F(-2.25))
		case "8":
			panic(true)
		case "9":
			panic(uint8(200))
		case "10":
			var m map[string]int
			m["a"] = 1
		case "11":
			var a []int
			i := 5
			_ = a[i]
		case "12":
			var e error
			panic(e)
		case "13":
			panic(fmt.Errorf("wrapped %d", 1))
		case "14":
			a := []int{1, 2, 3}
			i, j := 2, 1
			_ = a[i:j]
		case "15":
			a := []int{1, 2, 3}
			j := 5
			_ = a[:j]
		case "16":
			s := "abc"
			j := 5
			_ = s[:j]
		case "17":
			a := []int{1, 2, 3}
			j := -1
			_ = a[j:]
		case "18":
			var x any = "s"
			_ = x.(int)
		case "19":
			var x any
			_ = x.(int)
		case "20":
			var x any = 1
			_ = x.(fmt.Stringer)
		case "21":
			var x fmt.Stringer
			_ = x.(St)
		case "22":
			a := []int{1, 2, 3}
			i, j, k := 0, 1, 5
			_ = a[i:j:k]
		case "23":
			a := []int{1, 2, 3}
			i, j, k := 0, 2, 1
			_ = a[i:j:k]
		case "24":
			a := []int{1, 2, 3}
			i, j, k := 2, 1, 3
			_ = a[i:j:k]
		case "25":
			var x any = []int{1}
			var y any = []int{1}
			fmt.Println(x == y)
		case "26":
			m := map[any]int{}
			m[[]int{1}] = 1
		case "27":
			x := 0
			fmt.Println(1 / x)
		case "28":
			var p *T
			fmt.Println(p.a)
		case "29":
			s := -1
			fmt.Println(1 << s)
		case "30":
			var x error = &E{}
			_ = x.(fmt.Stringer)
		}
		return
	}
	for i := 1; i <= 30; i++ {
		out, _ := exec.Command(os.Args[0], fmt.Sprint(i)).CombinedOutput()
		line := string(out)
		for j := 0; j < len(line); j++ {
			if line[j] == '\n' {
				line = line[:j]
				break
			}
		}
		fmt.Printf("%d\t%s\n", i, line)
	}
}
