package main

import "fmt"

func main() {
	m := map[string]int{}
	for i := 0; i < 26; i++ {
		m[string(rune('a'+i))] = i
	}
	sum, cnt := 0, 0
	for k, v := range m {
		if int(k[0]-'a') != v {
			fmt.Println("mismatch", k, v)
		}
		sum += v
		cnt++
	}
	fmt.Println(sum, cnt)
	seen := map[int]bool{}
	for k := range map[int]int{1: 1, 2: 2, 3: 3} {
		seen[k] = true
	}
	fmt.Println(len(seen), seen[1] && seen[2] && seen[3])
	added := map[int]bool{0: true}
	n := 0
	for k := range added {
		if k < 3 {
			added[k+100] = true
		}
		n++
		if n > 1000 {
			break
		}
	}
	fmt.Println(len(added) >= 2, n >= 1)
	fmt.Println(map[string]bool{"b": true, "a": false})
}
