// TZ=":America/New_York": the ':' prefix is dropped, as Go does; Local
// keeps the IANA name, and Now() is in that zone.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, 3, 10, 6, 59, 59, 0, time.UTC)
	fmt.Println(time.Local, t.Local(), t.Add(time.Second).Local())
	fmt.Println(time.Now().Location(), time.Unix(0, 0))
	name, _ := time.Date(2024, 7, 1, 0, 0, 0, 0, time.Local).Zone()
	fmt.Println(name)
}
