package main

import "fmt"

func main() {
	ci := make(chan int)
	cf := make(chan float64)
	cb := make(chan bool)
	cs := make(chan string)
	cp := make(chan *int)
	cm := make(chan map[string]int)
	ca := make(chan [3]byte)
	cfn := make(chan func())
	ciface := make(chan interface{})
	close(ci)
	close(cf)
	close(cb)
	close(cs)
	close(cp)
	close(cm)
	close(ca)
	close(cfn)
	close(ciface)
	fmt.Println(<-ci, <-cf, <-cb, <-cs == "", <-cp == nil, <-cm == nil, <-ca, <-cfn == nil, <-ciface)
}
