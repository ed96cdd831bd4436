import "strings"

x := 1
y := 2
fmt.Println(x)
