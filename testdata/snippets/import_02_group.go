import (
	"fmt"
	"strconv"
	"strings"
)

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
