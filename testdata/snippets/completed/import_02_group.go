// Helper file, used only to produce the expectation import_02_group.want with real Go:
// the snippet testdata/snippets/import_02_group.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

//line testdata/snippets/import_02_group.go:1:1
import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
//line testdata/snippets/import_02_group.go:7:1
parts := strings.Split("1,2,3,4", ",")
total := 0
for _, p := range parts {
	n, err := strconv.Atoi(p)
	if err != nil {
		fmt.Println(err)
		continue
	}
	total += n
}
fmt.Println("total:", total)
}
