// Helper file, used only to produce the expectation auto_25_exec_stdin.want with real Go:
// the snippet testdata/snippets/auto_25_exec_stdin.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "bytes"
import "fmt"
import "os/exec"
import "strings"
//line testdata/snippets/auto_25_exec_stdin.go:3:1
var out bytes.Buffer
func main() {
//line testdata/snippets/auto_25_exec_stdin.go:1:1
cmd := exec.Command("tr", "a-z", "A-Z")
cmd.Stdin = strings.NewReader("shout this\n")
//line testdata/snippets/auto_25_exec_stdin.go:4:1
cmd.Stdout = &out
if err := cmd.Run(); err != nil {
	fmt.Println("error:", err)
}
fmt.Print(out.String())
_, err := exec.Command("minigo-no-such-command-xyz").Output()
fmt.Println(err)
}
