// MarshalText/JSON/Binary and their Unmarshal, GoString, AppendFormat.
package main

import (
	"fmt"
	"time"
)

func main() {
	ts := []time.Time{
		time.Date(2019, 8, 7, 6, 5, 4, 321000000, time.UTC),
		time.Date(2019, 8, 7, 6, 5, 4, 0, time.FixedZone("K", 5*3600+30*60)),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
	}
	for _, t := range ts {
		txt, err := t.MarshalText()
		fmt.Println(string(txt), err)
		js, err := t.MarshalJSON()
		fmt.Println(string(js), err)
		bin, err := t.MarshalBinary()
		fmt.Println(bin, err)
		var u, v, w time.Time
		fmt.Println(u.UnmarshalText(txt), u, u.Equal(t))
		fmt.Println(v.UnmarshalJSON(js), v, v.Equal(t))
		fmt.Println(w.UnmarshalBinary(bin), w, w.Equal(t))
		fmt.Println(t.GoString())
	}
	var t time.Time
	fmt.Println(t.UnmarshalJSON([]byte("null")), t.IsZero())
	fmt.Println(t.UnmarshalJSON([]byte(`"2019-13-01T00:00:00Z"`)))
	fmt.Println(t.UnmarshalText([]byte("yesterday")))
	fmt.Println(t.UnmarshalBinary([]byte{1, 2}))
	_, err := time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC).MarshalText()
	fmt.Println(err)
	_, err = time.Date(2000, 1, 1, 0, 0, 0, 0, time.FixedZone("", 30)).MarshalBinary()
	fmt.Println(err)
}
