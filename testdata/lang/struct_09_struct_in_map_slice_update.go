package main

import "fmt"

type Acct struct {
	ID      int
	Balance float64
	Tags    []string
}

func main() {
	accts := []Acct{{1, 10, nil}, {2, 20, []string{"vip"}}}
	for i := range accts {
		accts[i].Balance *= 2
	}
	accts[0].Tags = append(accts[0].Tags, "new")
	fmt.Printf("%+v\n", accts)
	byID := map[int]*Acct{}
	for i := range accts {
		byID[accts[i].ID] = &accts[i]
	}
	byID[2].Balance = 0
	fmt.Println(accts[1].Balance)
	copyA := accts[1]
	copyA.Tags[0] = "changed"
	fmt.Println(accts[1].Tags)
	fmt.Printf("%v %+v\n", Acct{}, &Acct{ID: 3})
}
