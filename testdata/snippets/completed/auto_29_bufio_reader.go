// Helper file, used only to produce the expectation auto_29_bufio_reader.want with real Go:
// the snippet testdata/snippets/auto_29_bufio_reader.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "bufio"
import "fmt"
import "io"
import "os"
import "sort"
import "strconv"
import "strings"
func main() {
//line testdata/snippets/auto_29_bufio_reader.go:1:1
r := bufio.NewReader(os.Stdin)
for {
	line, err := r.ReadString('\n')
	if err == io.EOF {
		break
	}
	fmt.Printf("%q\n", strings.TrimSuffix(line, "\n"))
}
fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), string(strconv.AppendInt([]byte("n="), 42, 10)))
i := sort.Search(100, func(i int) bool { return i*i >= 50 })
fmt.Println(i)
}
