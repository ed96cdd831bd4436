// Helper file, used only to produce the expectation auto_08_exec.want with real Go:
// the snippet testdata/snippets/auto_08_exec.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "os/exec"
func main() {
//line testdata/snippets/auto_08_exec.go:1:1
out, err := exec.Command("echo", "hello", "from", "echo").Output()
fmt.Printf("%q %v\n", string(out), err)
err = exec.Command("false").Run()
fmt.Println("false failed:", err != nil, err)
cmd := exec.Command("sh", "-c", "echo out; echo err 1>&2")
both, _ := cmd.CombinedOutput()
fmt.Print(string(both))
}
